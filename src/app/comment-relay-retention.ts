import { scrubFreedSpace, type Db } from '../store/database.ts';
import { sealedCommentsOf } from './comment-relay-terms.ts';
import { RELAY_DM, relayJobKeyPrefix } from './jobs/relay-dm.ts';

/**
 * Destroys every return address past its term (see `SealedComment.expiresAt`),
 * the threads about those comments and their undelivered messages, then scrubs the freed space as a
 * close does. Run daily with retention; returns how many were destroyed.
 */
export async function forgetExpiredRelays(db: Db, now: Date): Promise<number> {
  const teams = await db.comment.findMany({
    where: { replySeal: { not: null }, round: { status: 'closed' } },
    distinct: ['teamId'],
    select: { teamId: true },
  });
  const expired: string[] = [];
  for (const { teamId } of teams) {
    for (const comment of await sealedCommentsOf(db, teamId))
      if (now >= comment.expiresAt) expired.push(comment.id);
  }
  if (expired.length === 0) return 0;
  const threads = await db.commentRelay.findMany({
    where: { commentId: { in: expired } },
    select: { id: true },
  });
  // Messages still queued (a send that failed for good stays for a look) go with their thread.
  const queued = threads.map((thread) => ({ key: { startsWith: relayJobKeyPrefix(thread.id) } }));
  await db.$transaction([
    ...(queued.length > 0 ? [db.job.deleteMany({ where: { kind: RELAY_DM, OR: queued } })] : []),
    db.commentRelay.deleteMany({ where: { commentId: { in: expired } } }),
    db.comment.updateMany({ where: { id: { in: expired } }, data: { replySeal: null } }),
  ]);
  await scrubFreedSpace(db, ['Comment', 'CommentRelay', 'Job']);
  return expired.length;
}
