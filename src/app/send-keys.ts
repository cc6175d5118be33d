import { createHmac } from 'node:crypto';

/**
 * The key that makes every try of one send recognisable (see SendOptions):
 * a keyed digest of which send it is, never the participation id itself.
 * The key travels inside the message, so the platform keeps it as long as
 * the DM lives, in exports too, well past the round's close and our wipe.
 * A participation id there would pin a database row to a named chat for
 * good: today that row says only "was asked" (which the DM says anyway),
 * but anything ever kept per participation would become per person for
 * whoever holds an export and a database copy. This digest names no row
 * without `secret` (ENCRYPTION_KEY), which the database does not hold, and
 * repeats across tries (and replicas) without being stored.
 */
export function sendKey(
  secret: string | undefined,
  send: 'card' | 'reminder',
  participationId: string,
): string {
  const key = createHmac('sha256', 'excellence-pulse send key')
    .update(secret ?? '')
    .digest();
  return createHmac('sha256', key).update(`${send}:${participationId}`).digest('base64url').slice(0, 22);
}
