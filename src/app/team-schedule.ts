import { CADENCES, nextRoundStart, type Cadence, type TeamSchedule } from '../core/index.ts';
import { auditAdminChange, teamOnChannel, type AdminActor, type AdminContext } from './admin-actions.ts';
import { teamSchedule } from './people.ts';
import { refusal } from '../messages/refusals.ts';

/** What an admin changes of a team's schedule; what is left out stays as it is. */
export interface ScheduleChange {
  readonly cadence?: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday?: number;
  /** Local `HH:mm`. */
  readonly time?: string;
  readonly timeZone?: string;
}

export interface ScheduleChanged {
  readonly team: string;
  readonly schedule: TeamSchedule;
  /** When the next round starts under the new schedule (a round open now is left as it is). */
  readonly nextRound: Date;
}

/**
 * Changes when a team's rounds start: frequency (weekly, every two or four
 * weeks, monthly), weekday, local time and the zone that decides the date.
 * The next round moves to the first slot of the new schedule; a round that
 * is open runs to its own close. Audited with the schedule before and after.
 */
export async function changeTeamSchedule(
  ctx: AdminContext,
  actor: AdminActor,
  channelId: string,
  change: ScheduleChange,
): Promise<ScheduleChanged> {
  const team = await teamOnChannel(ctx.db, actor.organizationId, channelId);
  if (!team.schedule) throw refusal('not_found', 'refusal.team.no-schedule', { team: team.name });
  if (change.cadence !== undefined && !(CADENCES as readonly string[]).includes(change.cadence)) {
    throw refusal('usage', 'refusal.schedule.frequency-unknown', {
      cadence: change.cadence,
      cadences: CADENCES.join(', '),
    });
  }
  const before = teamSchedule(team.schedule);
  const schedule: TeamSchedule = {
    ...before,
    ...(change.cadence ? { cadence: change.cadence as Cadence } : {}),
    ...(change.weekday !== undefined ? { weekday: change.weekday } : {}),
    ...(change.time ? { time: change.time } : {}),
    ...(change.timeZone ? { timeZone: change.timeZone } : {}),
  };
  // The core checks every field and says what is wrong in words an admin can act on.
  const nextRound = nextRoundStart(schedule, ctx.clock.now()).startsAt;
  await ctx.db.schedule.update({
    where: { id: team.schedule.id },
    data: {
      cadence: schedule.cadence,
      weekday: schedule.weekday,
      localTime: schedule.time,
      timeZone: schedule.timeZone,
      nextRunAt: nextRound,
    },
  });
  await auditAdminChange(ctx, actor, 'team.schedule-changed', `team:${team.id}`, {
    from: summary(before),
    to: summary(schedule),
  });
  return { team: team.name, schedule, nextRound };
}

function summary(schedule: TeamSchedule): string {
  return `${schedule.cadence} ${schedule.weekday} ${schedule.time} ${schedule.timeZone}`;
}
