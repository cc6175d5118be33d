/**
 * True when a write failed because the row exists already (Prisma's P2002):
 * another replica, job or delivery wrote it first. Callers that race on
 * purpose (claims, enqueues, syncs) treat that as "done by someone else".
 */
export function isUniqueConflict(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
