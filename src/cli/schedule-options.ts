import { CADENCES, type Cadence } from '../core/index.ts';
import { isLocalTime, isTimeZone } from '../core/working-time.ts';
import { refusal } from '../messages/refusals.ts';

/** A team's schedule as typed on the command line; an option left out is not checked. */
export interface ScheduleOptions {
  readonly cadence?: string | undefined;
  readonly weekday?: string | undefined;
  readonly time?: string | undefined;
  readonly tz?: string | undefined;
}

/**
 * Refuses a wrong schedule option before anything changes, named by its
 * option and in the admin's language (`team add`, `team schedule`).
 */
export function checkScheduleOptions(options: ScheduleOptions): void {
  const { cadence, weekday, time, tz } = options;
  if (cadence !== undefined && !CADENCES.includes(cadence as Cadence)) {
    throw refusal('usage', 'refusal.schedule.frequency-unknown', { cadence, cadences: CADENCES.join(', ') });
  }
  const day = Number(weekday);
  if (weekday !== undefined && (!Number.isInteger(day) || day < 1 || day > 7)) {
    throw refusal('usage', 'refusal.cli.weekday-range', { weekday });
  }
  if (time !== undefined && !isLocalTime(time)) throw refusal('usage', 'refusal.cli.time-format', { time });
  if (tz !== undefined && !isTimeZone(tz))
    throw refusal('usage', 'refusal.cli.time-zone-unknown', { zone: tz });
}
