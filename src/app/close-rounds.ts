import { z } from 'zod';
import { notice } from '../messages/index.ts';
import { resolveLocale } from '../model/index.ts';
import { messageRefs } from './message-refs.ts';
import type { AppContext } from './context.ts';
import { roundSnapshots } from '../store/answer-stats.ts';
import { enqueueJobs } from './jobs/queue.ts';
import { defineJob } from './jobs/runner.ts';
import { CLOSE_ROUND } from './open-rounds.ts';

export const CARD_CLOSED = 'card-closed';
export const LEADER_REPORT = 'leader-report';
export const TEAM_NUDGE = 'team-nudge';

/**
 * Closes a round: counts who answered and writes the round's snapshots,
 * then destroys the ledger tokens and the answers' owner hashes, after which
 * no answer can be linked to anyone.
 * Then the cards are marked closed, and the leader report and nudge are queued.
 */
export async function closeRound(ctx: AppContext, roundId: string, now: Date): Promise<boolean> {
  const { db } = ctx;
  const claimed = await db.round.updateMany({
    where: { id: roundId, status: 'open' },
    data: { status: 'closed', closedAt: now },
  });
  if (claimed.count !== 1) return false;
  const respondents = await db.participation.count({ where: { roundId, answered: true } });
  const snapshots = await roundSnapshots(db, roundId);
  await db.$transaction([
    db.scoreSnapshot.createMany({ data: snapshots }),
    db.round.update({ where: { id: roundId }, data: { respondents } }),
    db.participation.updateMany({ where: { roundId }, data: { token: null, statementIds: null } }),
    db.answer.updateMany({ where: { roundId }, data: { ownerHash: null } }),
    db.comment.updateMany({ where: { roundId }, data: { ownerHash: null } }),
  ]);
  const round = await db.round.findUniqueOrThrow({ where: { id: roundId } });
  const sent = await db.participation.findMany({
    where: { roundId, messageRef: { not: null } },
    select: { id: true },
  });
  const leaders = await db.membership.findMany({
    where: { teamId: round.teamId, role: 'leader', leftAt: null },
  });
  await enqueueJobs(db, [
    ...sent.map(({ id }) => ({ kind: CARD_CLOSED, key: id, payload: { participationId: id }, runAt: now })),
    ...leaders.map((leader) => ({
      kind: LEADER_REPORT,
      key: `${roundId}/${leader.personId}`,
      payload: { roundId, leaderId: leader.personId },
      runAt: now,
    })),
    { kind: TEAM_NUDGE, key: roundId, payload: { roundId }, runAt: now },
  ]);
  ctx.log.info({ roundId, teamId: round.teamId, respondents, invited: round.invited }, 'round closed');
  return true;
}

export const closeRoundJob = defineJob({
  kind: CLOSE_ROUND,
  payload: z.object({ roundId: z.string() }),
  async handle(ctx, { roundId }, now) {
    const round = await ctx.db.round.findUnique({ where: { id: roundId } });
    if (!round || round.status !== 'open') return;
    if (round.closesAt.getTime() > now.getTime()) return { rescheduleAt: round.closesAt };
    await closeRound(ctx, roundId, now);
  },
});

/** Replaces each of a person's messages of the round (card and reminder) with a short "this round has closed" note. */
export const cardClosedJob = defineJob({
  kind: CARD_CLOSED,
  payload: z.object({ participationId: z.string() }),
  async handle(ctx, { participationId }) {
    const participation = await ctx.db.participation.findUnique({
      where: { id: participationId },
      include: { person: true },
    });
    if (!participation) return;
    const closed = notice('round-closed', resolveLocale(participation.person.locale));
    for (const ref of messageRefs(participation.messageRef)) await ctx.platform.update(ref, closed);
  },
});
