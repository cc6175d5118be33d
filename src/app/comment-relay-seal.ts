import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * A comment writer's return address, sealed with AES-256-GCM under a key
 * derived from `secret` (ENCRYPTION_KEY), which the database never holds.
 * Each seal has a fresh random IV, so two comments of one person carry
 * seals that cannot be matched to each other; the round id is bound in as
 * associated data, so a seal copied onto another round's comment opens
 * nothing. Without a secret the key is a public label (the playground): the
 * address is then only hidden from someone who does not read this file.
 */
export function sealReturnAddress(secret: string | undefined, roundId: string, personId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', relayKey(secret), iv);
  cipher.setAAD(Buffer.from(roundId));
  const sealed = Buffer.concat([cipher.update(personId, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

/**
 * The keys a seal may open with: ENCRYPTION_KEY (`digestSecret`, which new
 * seals use) and, during a key rotation, the earlier keys of
 * ENCRYPTION_KEY_PREVIOUS, so conversations sealed before it go on; a
 * seal lives at most its term (`RELAY_DAYS`), after which an old key opens nothing.
 */
export interface SealKeys {
  readonly digestSecret?: string | undefined;
  readonly previousSecrets?: readonly string[] | undefined;
}

/** The person id inside a seal, or undefined when it was not sealed for this round under one of the keys. */
export function openReturnAddress(keys: SealKeys, roundId: string, seal: string): string | undefined {
  const [iv, tag, sealed] = seal.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !sealed) return undefined;
  for (const secret of [keys.digestSecret, ...(keys.previousSecrets ?? [])]) {
    const opened = openWith(secret, roundId, iv, tag, sealed);
    if (opened !== undefined) return opened;
  }
  return undefined;
}

function openWith(
  secret: string | undefined,
  roundId: string,
  iv: Buffer,
  tag: Buffer,
  sealed: Buffer,
): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', relayKey(secret), iv);
    decipher.setAAD(Buffer.from(roundId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  } catch {
    // A seal that does not open (another key, altered bytes) leads nowhere, by design.
    return undefined;
  }
}

function relayKey(secret: string | undefined): Buffer {
  return createHash('sha256')
    .update(`excellence-pulse comment relay:${secret ?? ''}`)
    .digest();
}
