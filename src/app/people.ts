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
}

/** A team's round schedule as kept in the store. */
export interface ScheduleSettings {
  readonly cadence: string;
  readonly weekday: number;
  readonly localTime: string;
  readonly timeZone: string;
}

/** A person as the schedule maths sees them. */
export function personSchedule(person: PersonAvailability): PersonSchedule {
  const outOfOffice =
    person.outOfOfficeFrom && person.outOfOfficeTo
      ? [
          {
            from: localDate(person.outOfOfficeFrom, person.timeZone),
            to: localDate(person.outOfOfficeTo, person.timeZone),
          },
        ]
      : [];
  return {
    timeZone: person.timeZone,
    workingDays: person.workingDays.split(',').map(Number),
    workStart: person.workStart,
    workEnd: person.workEnd,
    outOfOffice,
    paused: person.paused,
  };
}

export function teamSchedule(schedule: ScheduleSettings): TeamSchedule {
  return {
    cadence: schedule.cadence as Cadence,
    weekday: schedule.weekday,
    time: schedule.localTime,
    timeZone: schedule.timeZone,
  };
}

function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? '1970-01-01';
}
