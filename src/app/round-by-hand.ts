import { DateTime } from 'luxon';
import { nextRoundStart, roundCloseAt } from '../core/index.ts';
import type { Db } from '../store/database.ts';
import { auditAdminChange, teamOnChannel, type AdminActor, type AdminContext } from './admin-actions.ts';
import type { AppContext } from './context.ts';
import { closeRoundJob } from './jobs/close-round.ts';
import { openRound } from './open-rounds.ts';
import { teamSchedule } from './people.ts';
import { organizationHolidayRegion, publicHolidays } from './public-holidays.ts';
import { refusal } from '../messages/refusals.ts';

/** What opening a round needs: the store, the content and the engine's settings, not a platform. */
export type RoundOpeningContext = AdminContext & Pick<AppContext, 'db' | 'bank' | 'settings' | 'log'>;

export interface RoundByHand {
  readonly team: string;
  readonly invited: number;
  readonly closesAt: Date;
}

/**
 * "Send this team's round now", for a first try-out: a round opens at once
 * and each person gets it now, or at their next working moment. It takes
 * the place of the scheduled rounds until it closes, so two rounds of one
 * team never overlap; the schedule carries on after. Refused while a round
 * is open or the team is paused. Claimed on the schedule row, so two admins
 * at once open one round.
 */
export async function sendRoundNow(
  ctx: RoundOpeningContext,
  actor: AdminActor,
  channelId: string,
): Promise<RoundByHand> {
  const { db } = ctx;
  const team = await teamOnChannel(db, actor.organizationId, channelId);
  if (!team.schedule) throw refusal('not_found', 'refusal.team.no-schedule', { team: team.name });
  if (team.paused || !team.active) {
    throw refusal('usage', 'refusal.round.team-paused', { team: team.name });
  }
  if (await openRoundOf(db, team.id)) {
    throw refusal('usage', 'refusal.round.already-open', { team: team.name });
  }
  const now = ctx.clock.now();
  const holidays = await publicHolidays(await organizationHolidayRegion(db, actor.organizationId), now);
  const schedule = teamSchedule(team.schedule, holidays);
  const date = DateTime.fromJSDate(now, { zone: schedule.timeZone }).toISODate() ?? '';
  const closesAt = roundCloseAt({ date, startsAt: now }, schedule, team.schedule.windowDays);
  const claim = await db.schedule.updateMany({
    where: { id: team.schedule.id, nextRunAt: team.schedule.nextRunAt },
    data: { nextRunAt: nextRoundStart(schedule, closesAt).startsAt },
  });
  if (claim.count !== 1) {
    throw refusal('usage', 'refusal.round.schedule-moved', { team: team.name });
  }
  const roundId = await openRound(ctx, team.id, now, now, { atStart: true });
  const round = await db.round.findUniqueOrThrow({ where: { id: roundId } });
  await auditAdminChange(ctx, actor, 'round.sent-now', `team:${team.id}`, { round: round.number });
  return { team: team.name, invited: round.invited, closesAt: round.closesAt };
}

/**
 * "Close it now": the team's open round closes at once, the way every round
 * closes (its close job runs now: answers unlinked, figures kept, reports
 * queued); cards and reminders not yet sent are not sent.
 */
export async function closeRoundNow(
  ctx: AdminContext,
  actor: AdminActor,
  channelId: string,
): Promise<{ readonly team: string }> {
  const team = await teamOnChannel(ctx.db, actor.organizationId, channelId);
  if (!(await closeOpenRound(ctx, team.id))) {
    throw refusal('usage', 'refusal.round.none-open', { team: team.name });
  }
  await auditAdminChange(ctx, actor, 'round.closed-now', `team:${team.id}`);
  return { team: team.name };
}

/** Moves the close of the team's open round (if any) to now; the close job then runs on the next tick. */
export async function closeOpenRound(ctx: AdminContext, teamId: string): Promise<boolean> {
  const round = await openRoundOf(ctx.db, teamId);
  if (!round) return false;
  const now = ctx.clock.now();
  await ctx.db.$transaction([
    ctx.db.round.update({ where: { id: round.id }, data: { closesAt: now } }),
    ctx.db.job.updateMany({
      where: { kind: closeRoundJob.kind, key: round.id, status: 'pending' },
      data: { runAt: now },
    }),
  ]);
  return true;
}

function openRoundOf(db: Db, teamId: string) {
  return db.round.findFirst({ where: { teamId, status: 'open' }, select: { id: true } });
}
