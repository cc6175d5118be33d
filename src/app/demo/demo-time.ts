import type { MovableClock } from '../clock.ts';
import { closeRound } from '../close-rounds.ts';
import type { AppContext } from '../context.ts';
import { PULSE_DM } from '../jobs/pulse-dm.ts';
import { REMINDER } from '../jobs/reminder.ts';
import { driveUntil } from './drive.ts';

/**
 * The playground's demo time, as use cases: the real engine run forward on
 * the movable clock (each due moment ticked in turn, so messages carry the
 * time they were sent at), and what is due next for one person.
 */
export async function jumpTo(ctx: AppContext, clock: MovableClock, target: Date | undefined): Promise<void> {
  const from = clock.now();
  const to = target && target > from ? target : from;
  await driveUntil(
    ctx,
    from,
    to,
    async () => {},
    (at) => clock.advanceTo(at),
  );
  clock.advanceTo(to);
}

/** The next moment something may be sent to this person: their DM or reminder, or a round of their teams opening. */
export async function nextDueFor(
  ctx: AppContext,
  person: { readonly id: string; readonly teamIds: readonly string[] },
): Promise<Date | undefined> {
  const { db } = ctx;
  const waiting = await db.participation.findMany({
    where: { personId: person.id, round: { status: 'open' } },
    select: { id: true },
  });
  const job = await db.job.findFirst({
    where: { status: 'pending', kind: { in: [PULSE_DM, REMINDER] }, key: { in: waiting.map((p) => p.id) } },
    orderBy: { runAt: 'asc' },
  });
  const schedule = await db.schedule.findFirst({
    where: { teamId: { in: [...person.teamIds] }, team: { active: true }, nextRunAt: { not: null } },
    orderBy: { nextRunAt: 'asc' },
  });
  const candidates = [job?.runAt, schedule?.nextRunAt].filter((d): d is Date => d instanceof Date);
  return candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : undefined;
}

/**
 * Closes the open round of these teams that is due to close first (of any
 * team when none are given: HR has no round of their own), now rather than
 * moving the clock to its end, so no other team's round closes along the
 * way; its own close job then finds it closed and does nothing. The report,
 * the nudge and the closed cards follow at once.
 */
export async function closeFirstRound(
  ctx: AppContext,
  clock: MovableClock,
  teamIds: readonly string[],
): Promise<{ teamName: string } | undefined> {
  const round = await ctx.db.round.findFirst({
    where: { status: 'open', ...(teamIds.length > 0 ? { teamId: { in: [...teamIds] } } : {}) },
    orderBy: { closesAt: 'asc' },
    include: { team: true },
  });
  if (!round) return undefined;
  const now = clock.now();
  await closeRound(ctx, round.id, now);
  await jumpTo(ctx, clock, now);
  return { teamName: round.team.name };
}
