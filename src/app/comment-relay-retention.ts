import { scrubFreedSpace, type Db } from '../store/database.ts';
import { sealedCommentsOf } from './comment-relay-terms.ts';

/**
 * Destroys every return address past its term (see `SealedComment.expiresAt`)
 * and the threads about those comments, then scrubs the freed space as a
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
  await db.$transaction([
    db.commentRelay.deleteMany({ where: { commentId: { in: expired } } }),
    db.comment.updateMany({ where: { id: { in: expired } }, data: { replySeal: null } }),
  ]);
  await scrubFreedSpace(db, ['Comment', 'CommentRelay']);
  return expired.length;
}
