import {
  directConversationId,
  type DemoClock,
  type DemoStepOutcome,
  type LocalChatPlatform,
  type LocalPerson,
} from '../../adapters/local/index.ts';
import type { MovableClock } from '../app/clock.ts';
import type { AppContext } from '../app/context.ts';
import { driveUntil } from '../app/demo/drive.ts';
import { closeRound } from '../app/close-rounds.ts';
import { PULSE_DM } from '../app/jobs/pulse-dm.ts';
import { REMINDER } from '../app/jobs/reminder.ts';
import { tick } from '../app/tick.ts';

/**
 * How many due moments "Next send" runs through looking for the viewer's
 * pulse: a round opening, then their send time in their own zone, with room
 * for a round they are not asked in (a new joiner) and the next one after it.
 */
const NEXT_SEND_STEPS = 8;

const WEEK_MS = 7 * 86_400_000;

/**
 * The playground's demo clock. Every step runs the real engine forward on
 * the movable clock (each due moment ticked in turn, so messages carry the
 * time they were sent at) and acts for the person viewing the page.
 */
export function createDemoClock(
  ctx: AppContext,
  clock: MovableClock,
  platform: LocalChatPlatform,
): DemoClock {
  const { db } = ctx;

  const jumpTo = async (target: Date | undefined): Promise<void> => {
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
  };

  /** The next moment something may be sent to the viewer: their DM or reminder, or a round of theirs opening. */
  const nextForViewer = async (viewer: LocalPerson): Promise<Date | undefined> => {
    const waiting = await db.participation.findMany({
      where: { personId: viewer.id, round: { status: 'open' } },
      select: { id: true },
    });
    const job = await db.job.findFirst({
      where: { status: 'pending', kind: { in: [PULSE_DM, REMINDER] }, key: { in: waiting.map((p) => p.id) } },
      orderBy: { runAt: 'asc' },
    });
    const schedule = await db.schedule.findFirst({
      where: {
        teamId: { in: viewer.teams.map((t) => t.teamId) },
        team: { active: true },
        nextRunAt: { not: null },
      },
      orderBy: { nextRunAt: 'asc' },
    });
    const candidates = [job?.runAt, schedule?.nextRunAt].filter((d): d is Date => d instanceof Date);
    return candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : undefined;
  };

  return {
    now: () => clock.now(),

    async nextSend(viewer): Promise<DemoStepOutcome> {
      if (viewer.teams.length === 0) return { kind: 'not-in-a-team' };
      const conversation = directConversationId(viewer.platformUserId);
      const before = platform.messages(conversation).length;
      await tick(ctx, clock.now()); // a new schedule learns its first slot on a tick
      for (let step = 0; step < NEXT_SEND_STEPS; step += 1) {
        if (platform.messages(conversation).length > before) return { kind: 'pulse-arrived' };
        const target = await nextForViewer(viewer);
        if (!target) break;
        await jumpTo(target);
      }
      return platform.messages(conversation).length > before
        ? { kind: 'pulse-arrived' }
        : { kind: 'nothing-due' };
    },

    async closeRound(viewer): Promise<DemoStepOutcome> {
      const yours = viewer.teams.length > 0;
      // Someone in no team (HR) has no round of their own: the round due to close first is closed.
      const round = await db.round.findFirst({
        where: { status: 'open', ...(yours ? { teamId: { in: viewer.teams.map((t) => t.teamId) } } : {}) },
        orderBy: { closesAt: 'asc' },
        include: { team: true },
      });
      if (!round) return { kind: 'no-open-round', yours };
      // The round closes now rather than the clock moving to its end, so no other team's round
      // closes along the way; its own close job then finds it closed and does nothing.
      const now = clock.now();
      await closeRound(ctx, round.id, now);
      await jumpTo(now); // the report, the nudge and the closed cards
      return { kind: 'round-closed', teamName: round.team.name, yours };
    },

    async advanceWeek(): Promise<DemoStepOutcome> {
      await jumpTo(new Date(clock.now().getTime() + WEEK_MS));
      return { kind: 'week-advanced' };
    },
  };
}
