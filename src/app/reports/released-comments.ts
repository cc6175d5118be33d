import { releaseComments, type CommentBatch } from '../../core/index.ts';
import type { CommentThresholds } from '../../messages/comment-words.ts';
import type { Db } from '../../store/database.ts';
import { replyIdsFor } from '../comment-relay-terms.ts';
import type { AppContext } from '../context.ts';

/**
 * The latest batch of a team's comments the comment rule releases, read
 * from every closed round of the team (not a window: batch boundaries must
 * not move as rounds age out), or null before the first.
 */
export async function latestCommentBatch(db: Db, teamId: string): Promise<CommentBatch | null> {
  const rounds = await db.round.findMany({
    where: { teamId, status: 'closed' },
    orderBy: { number: 'asc' },
    select: {
      id: true,
      week: true,
      k: true,
      commentK: true,
      respondents: true,
      comments: { select: { text: true } },
    },
  });
  const { batches } = releaseComments(
    rounds.map((round) => ({
      roundId: round.id,
      week: round.week,
      k: round.k,
      minComments: round.commentK,
      respondents: round.respondents,
      texts: round.comments.map((comment) => comment.text),
    })),
  );
  return batches.at(-1) ?? null;
}

/**
 * The comments part of a team report: the latest batch, the rule's
 * thresholds and, for a leader of the team, which comments they can reply to.
 */
export async function commentsFor(
  ctx: AppContext,
  teamId: string,
  viewerId: string,
  thresholds: CommentThresholds,
  now: Date,
): Promise<CommentThresholds & { batch: CommentBatch | null; replyIds?: (string | null)[] }> {
  const batch = await latestCommentBatch(ctx.db, teamId);
  const leads = await ctx.db.membership.count({
    where: { personId: viewerId, teamId, role: 'leader', leftAt: null },
  });
  if (!batch || leads === 0) return { ...thresholds, batch };
  return { ...thresholds, batch, replyIds: await replyIdsFor(ctx.db, teamId, batch, now) };
}
