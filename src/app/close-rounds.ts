import { randomInt, randomUUID } from 'node:crypto';
import type { AppContext } from './context.ts';
import { roundSnapshots } from '../store/answer-stats.ts';
import { scrubFreedSpace, type DbTransaction } from '../store/database.ts';
import { cardClosedJob } from './jobs/card-closed.ts';
import { leaderReportJob } from './jobs/leader-report.ts';
import { enqueueJob, enqueueJobs } from './jobs/queue.ts';
import { teamNudgeJob } from './jobs/team-nudge.ts';

/**
 * The steps of a close, in order. The first four commit together in one
 * transaction; the last two are idempotent and run again on every retry, so
 * a failure anywhere leaves either an open round or a closed one whose retry
 * finishes the job.
 */
export const CLOSE_STEPS = [
  'round-closed',
  'snapshots-written',
  'ledger-unlinked',
  'answers-rewritten',
  'space-scrubbed',
  'follow-ups-queued',
] as const;
export type CloseStep = (typeof CLOSE_STEPS)[number];

export interface CloseOptions {
  /** Called after each step; a throw there stops the close as a crash would (fault injection). */
  readonly afterStep?: (step: CloseStep) => void | Promise<void>;
}

const TOUCHED_TABLES = ['Answer', 'Comment', 'Participation'] as const;

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Replaces the round's answers and comments by copies in random order, with
 * new random ids and no owner digest: nothing in the rows or their physical
 * order (SQLite rowids, PostgreSQL heap order) is left from when, or in which
 * runs, people answered.
 */
async function rewriteInRandomOrder(tx: DbTransaction, roundId: string): Promise<void> {
  const answers = await tx.answer.findMany({ where: { roundId } });
  await tx.answer.deleteMany({ where: { roundId } });
  await tx.answer.createMany({
    data: shuffled(answers).map((answer) => ({ ...answer, id: randomUUID(), ownerHash: null })),
  });
  const comments = await tx.comment.findMany({ where: { roundId } });
  await tx.comment.deleteMany({ where: { roundId } });
  await tx.comment.createMany({
    data: shuffled(comments).map((comment) => ({ ...comment, id: randomUUID(), ownerHash: null })),
  });
}

/**
 * Closes a round: in one transaction it marks the round closed, writes its
 * snapshots (the last moment distinct people can be counted), wipes the
 * ledger's token digests, statements and reminder times, and rewrites the
 * answers and comments without owner digests in random order. After that no
 * answer can be linked to anyone. Then it scrubs freed space and queues the
 * card updates, leader reports and nudge. Returns false when the round was
 * not open; a closed round's remaining steps are finished all the same, so a
 * retry after a failure completes the close.
 */
export async function closeRound(
  ctx: AppContext,
  roundId: string,
  now: Date,
  options: CloseOptions = {},
): Promise<boolean> {
  const { db } = ctx;
  const step = async (name: CloseStep) => options.afterStep?.(name);
  const closedNow = await db.$transaction(
    async (tx) => {
      const claimed = await tx.round.updateMany({
        where: { id: roundId, status: 'open' },
        data: { status: 'closed', closedAt: now },
      });
      if (claimed.count !== 1) return false;
      await step('round-closed');
      const respondents = await tx.participation.count({ where: { roundId, answered: true } });
      await tx.scoreSnapshot.createMany({ data: await roundSnapshots(tx, roundId) });
      await tx.round.update({ where: { id: roundId }, data: { respondents } });
      await step('snapshots-written');
      await tx.participation.updateMany({
        where: { roundId },
        data: { tokenDigest: null, statementIds: null, sentAt: null, remindAt: null, remindedAt: null },
      });
      await step('ledger-unlinked');
      await rewriteInRandomOrder(tx, roundId);
      await step('answers-rewritten');
      return true;
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  const round = await db.round.findUnique({ where: { id: roundId } });
  if (round?.status !== 'closed') return false;
  // Defence in depth only: the close holds without it, so a failure is logged, not retried.
  await scrubFreedSpace(db, TOUCHED_TABLES).catch((error: unknown) =>
    ctx.log.warn({ err: error, roundId }, 'could not scrub freed space after a close'),
  );
  await step('space-scrubbed');
  await queueFollowUps(ctx, round, now);
  await step('follow-ups-queued');
  if (closedNow) {
    ctx.log.info(
      { roundId, teamId: round.teamId, respondents: round.respondents, invited: round.invited },
      'round closed',
    );
  }
  return closedNow;
}

/** Card updates, leader reports and the nudge of a closed round; queuing them twice is a no-op. */
async function queueFollowUps(ctx: AppContext, round: { id: string; teamId: string }, now: Date) {
  const { db } = ctx;
  const sent = await db.participation.findMany({
    where: { roundId: round.id, messageRef: { not: null } },
    select: { id: true },
  });
  const leaders = await db.membership.findMany({
    where: { teamId: round.teamId, role: 'leader', leftAt: null },
  });
  await enqueueJobs(
    db,
    cardClosedJob,
    sent.map(({ id }) => ({ key: id, payload: { participationId: id }, runAt: now })),
  );
  await enqueueJobs(
    db,
    leaderReportJob,
    leaders.map((leader) => ({
      key: `${round.id}/${leader.personId}`,
      payload: { roundId: round.id, leaderId: leader.personId },
      runAt: now,
    })),
  );
  await enqueueJob(db, teamNudgeJob, { key: round.id, payload: { roundId: round.id }, runAt: now });
}
