import type { Db } from '../store/database.ts';

/**
 * Claims `id` in ProcessedEvent: true if this call is the first, false if it
 * was claimed before. The insert is the claim, so two deliveries racing
 * (a platform's redelivery, two replicas, a replayed OAuth callback) cannot
 * both pass.
 */
export async function claimOnce(db: Db, id: string): Promise<boolean> {
  try {
    await db.processedEvent.create({ data: { id } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return false;
    throw error;
  }
}
