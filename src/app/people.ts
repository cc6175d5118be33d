import { DateTime } from 'luxon';
import type { PersonSchedule, TeamSchedule, Cadence } from '../core/index.ts';
import type { Person, Schedule } from '../store/generated/sqlite/client.ts';

/** A person row as the schedule maths sees it. */
export function personSchedule(person: Person): PersonSchedule {
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

export function teamSchedule(schedule: Schedule): TeamSchedule {
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
