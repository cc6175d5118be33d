import type { Db } from '../store/database.ts';
import { isUniqueConflict } from './unique-conflict.ts';

/**
 * How long a delivery is remembered. A platform redelivers within minutes
 * (three retries within about an hour at most) and an OAuth state
 * lives ten minutes, so two days leave a wide margin; older rows only grow
 * the table, and are deleted every day.
 */
export const PROCESSED_EVENT_TTL_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Claims `id` in ProcessedEvent at `at`: true if this call is the first,
 * false if it was claimed before. The insert is the claim, so two
 * deliveries racing (a platform's redelivery, two replicas, a replayed
 * OAuth callback) cannot both pass.
 */
export async function claimOnce(db: Db, id: string, at: Date): Promise<boolean> {
  try {
    await db.processedEvent.create({ data: { id, receivedAt: at } });
    return true;
  } catch (error) {
    if (isUniqueConflict(error)) return false;
    throw error;
  }
}

/** Forgets deliveries claimed before `now` minus PROCESSED_EVENT_TTL_MS; how many were forgotten. */
export async function forgetOldDeliveries(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - PROCESSED_EVENT_TTL_MS);
  return (await db.processedEvent.deleteMany({ where: { receivedAt: { lt: before } } })).count;
}
