import { DateTime } from 'luxon';
import type { PersonSchedule, TeamSchedule, Cadence } from '../core/index.ts';
/** A person's working time as kept in the store: what the schedule maths needs of them. */
export interface PersonAvailability {
  readonly timeZone: string;
  /** ISO weekdays, comma separated: "1,2,3,4,5" is Monday to Friday. */
  readonly workingDays: string;
  readonly workStart: string;
  readonly workEnd: string;
  readonly outOfOfficeFrom: Date | null;
  readonly outOfOfficeTo: Date | null;
  readonly paused: boolean;
  /** Leave: the local date from which they get pulses again (nothing before it). */
  readonly pausedUntil: string | null;
}

/** A team's round schedule as kept in the store. */
export interface ScheduleSettings {
  readonly cadence: string;
  readonly weekday: number;
  readonly localTime: string;
  readonly timeZone: string;
}

/** Leave has no start the maths needs: every day before the day they are back is away. */
const LONG_AGO = '1970-01-01';

/** A person as the schedule maths sees them, with the public holidays where they work. */
export function personSchedule(person: PersonAvailability, holidays: readonly string[] = []): PersonSchedule {
  const outOfOffice = [
    ...(person.outOfOfficeFrom && person.outOfOfficeTo
      ? [
          {
            from: localDate(person.outOfOfficeFrom, person.timeZone),
            to: localDate(person.outOfOfficeTo, person.timeZone),
          },
        ]
      : []),
    ...(person.pausedUntil ? [{ from: LONG_AGO, to: dayBefore(person.pausedUntil) }] : []),
  ];
  return {
    timeZone: person.timeZone,
    workingDays: person.workingDays.split(',').map(Number),
    workStart: person.workStart,
    workEnd: person.workEnd,
    outOfOffice,
    holidays,
    paused: person.paused,
  };
}

/** A team's schedule; `holidays` (the organisation's) move the round's close past them. */
export function teamSchedule(schedule: ScheduleSettings, holidays: readonly string[] = []): TeamSchedule {
  return {
    cadence: schedule.cadence as Cadence,
    weekday: schedule.weekday,
    time: schedule.localTime,
    timeZone: schedule.timeZone,
    holidays,
  };
}

function dayBefore(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).minus({ days: 1 }).toISODate() ?? LONG_AGO;
}

function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? '1970-01-01';
}
