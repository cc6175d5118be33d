import { createHmac, randomBytes } from 'node:crypto';

/**
 * What a digest of a card's token is for. Each purpose has its own key, so a
 * ledger row, a person's answers and their comment carry digests that cannot
 * be matched to each other without the token itself, which only the card in
 * the person's chat holds: the database never stores it.
 */
export type DigestPurpose = 'ledger' | 'answer' | 'comment';

/** A new card token: 192 random bits, sent to the person and never stored. */
export function newCardToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * HMAC-SHA256 of a card token under the purpose's key. The keys are derived
 * from `secret` (ENCRYPTION_KEY), which the database never holds: someone
 * with a copy of the database and a person's exported DMs still cannot find
 * that person's answers. Without a secret the keys are public labels; the
 * digests then still cannot be joined to each other, only a token holder can.
 */
export function tokenDigest(secret: string | undefined, purpose: DigestPurpose, token: string): string {
  return createHmac('sha256', purposeKey(secret, purpose)).update(token).digest('base64url');
}

// Every click digests its token two or three times; the keys behind them never change while the bot runs.
const purposeKeys = new Map<string, Buffer>();

function purposeKey(secret: string | undefined, purpose: DigestPurpose): Buffer {
  const label = `${purpose}:${secret ?? ''}`;
  let key = purposeKeys.get(label);
  if (!key) {
    key = createHmac('sha256', 'excellence-pulse card token').update(label).digest();
    purposeKeys.set(label, key);
  }
  return key;
}
