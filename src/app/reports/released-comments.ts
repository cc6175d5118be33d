import {
  PERIOD_WEEKS,
  inWindow,
  releaseComments,
  shiftPeriod,
  weekWindow,
  type CommentBatch,
  type PeriodKey,
} from '../../core/index.ts';
import type { CommentPeriodInput, CommentThresholds } from '../../messages/comment-words.ts';
import type { Db } from '../../store/database.ts';
import { replyIdsFor } from '../comment-relay-terms.ts';
import type { AppContext } from '../context.ts';
import type { ScoreWindowOptions } from './target-rolling.ts';

/**
 * Every batch of a team's comments the comment rule has released, oldest
 * first, read from every closed round of the team (not a window: batch
 * boundaries must not move as rounds age out).
 */
export async function releasedCommentBatches(db: Db, teamId: string): Promise<readonly CommentBatch[]> {
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
  return releaseComments(
    rounds.map((round) => ({
      roundId: round.id,
      week: round.week,
      k: round.k,
      minComments: round.commentK,
      respondents: round.respondents,
      texts: round.comments.map((comment) => comment.text),
    })),
  ).batches;
}

/**
 * The batches released within the score window, grouped by the four-week
 * period of the round whose close released them, newest period (and newest
 * batch within it) first. A
 * batch stays whole in one period, so a group never splits what the rule
 * released together.
 */
export function batchesByPeriod(
  batches: readonly CommentBatch[],
  window: ScoreWindowOptions,
): { from: PeriodKey; to: PeriodKey; batches: CommentBatch[] }[] {
  const periods = Array.from({ length: Math.ceil(window.weeks / PERIOD_WEEKS) }, (_, i) => {
    const period = weekWindow({ asOf: shiftPeriod(window.asOf, -i * PERIOD_WEEKS), weeks: PERIOD_WEEKS });
    return {
      from: period.from,
      to: period.to,
      batches: batches.filter((b) => inWindow(period, b.toWeek)).reverse(),
    };
  });
  const shown = weekWindow(window);
  return periods
    .map((period) => ({ ...period, batches: period.batches.filter((b) => inWindow(shown, b.toWeek)) }))
    .filter((period) => period.batches.length > 0);
}

/**
 * The comments part of a team report: the window's released batches by
 * period, the rule's thresholds and, for a leader of the team, which
 * comments they can reply to.
 */
export async function commentsFor(
  ctx: AppContext,
  teamId: string,
  viewerId: string,
  thresholds: CommentThresholds,
  window: ScoreWindowOptions,
  now: Date,
): Promise<CommentThresholds & { periods: CommentPeriodInput[] }> {
  const periods = batchesByPeriod(await releasedCommentBatches(ctx.db, teamId), window);
  const leads = await ctx.db.membership.count({
    where: { personId: viewerId, teamId, role: 'leader', leftAt: null },
  });
  const withReplies = await Promise.all(
    periods.map(async (period) => ({
      batches: await Promise.all(
        period.batches.map(async (batch) =>
          leads === 0 ? { batch } : { batch, replyIds: await replyIdsFor(ctx.db, teamId, batch, now) },
        ),
      ),
    })),
  );
  return { ...thresholds, periods: withReplies };
}
