import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  firstSendAt,
  nextRoundStart,
  reminderAt,
  roundCloseAt,
  type PersonSchedule,
  type TeamSchedule,
} from '../../src/core/index.ts';

const zones = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'] as const;
// Instants from mid-February to mid-November 2026: both DST changes of both hemispheres.
const nowArb = fc
  .integer({ min: Date.UTC(2026, 1, 15), max: Date.UTC(2026, 10, 15) })
  .map((ms) => new Date(ms));
const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

const teamArb = fc.record({
  cadence: fc.constantFrom('weekly', 'biweekly', 'fourweekly', 'monthly' as const),
  weekday: fc.integer({ min: 1, max: 7 }),
  time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => hhmm(h, m)),
  timeZone: fc.constantFrom(...zones),
}) as fc.Arbitrary<TeamSchedule>;

const personArb: fc.Arbitrary<PersonSchedule> = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: fc.integer({ min: 0, max: 12 }),
    length: fc.integer({ min: 1, max: 11 }),
  })
  .map(({ timeZone, workingDays, start, length }) => ({
    timeZone,
    workingDays,
    workStart: hhmm(start, 0),
    workEnd: hhmm(start + length, 0),
  }));

function inWorkingTime(instant: Date, person: PersonSchedule): boolean {
  const local = DateTime.fromJSDate(instant, { zone: person.timeZone });
  const time = local.toFormat('HH:mm');
  return (
    (person.workingDays ?? []).includes(local.weekday) &&
    time >= (person.workStart ?? '') &&
    time < (person.workEnd ?? '')
  );
}

describe('schedule properties (across DST in both hemispheres)', () => {
  it('sends and reminds only on working days within working hours, in order', () => {
    fc.assert(
      fc.property(teamArb, personArb, nowArb, (team, person, now) => {
        const round = nextRoundStart(team, now);
        expect(round.startsAt.getTime()).toBeGreaterThan(now.getTime());
        expect(DateTime.fromJSDate(round.startsAt, { zone: team.timeZone }).weekday).toBe(team.weekday);
        const sent = firstSendAt(round, team, person);
        if (!sent) return;
        expect(inWorkingTime(sent, person)).toBe(true);
        const intended = DateTime.fromISO(`${round.date}T${team.time}`, { zone: person.timeZone });
        expect(sent.getTime()).toBeGreaterThanOrEqual(intended.toMillis());
        const reminder = reminderAt({ team, person, sentAt: sent, answered: false, now: sent });
        expect(reminder).not.toBeNull();
        if (!reminder) return;
        expect(inWorkingTime(reminder, person)).toBe(true);
        expect(reminder.getTime()).toBeGreaterThan(sent.getTime());
        const sentLocal = DateTime.fromJSDate(sent, { zone: person.timeZone });
        const reminderLocal = DateTime.fromJSDate(reminder, { zone: person.timeZone });
        // The team's time exists on the reminder's day unless DST skips it (Sydney's 02:00 on its first Sunday of October).
        const timeExists =
          DateTime.fromISO(`${reminderLocal.toISODate()}T${team.time}`, { zone: person.timeZone }).toFormat(
            'HH:mm',
          ) === team.time;
        if (sentLocal.toFormat('HH:mm') === team.time && timeExists) {
          // Sent at the team's time: the reminder keeps that local time, DST or not.
          expect(reminderLocal.toFormat('HH:mm')).toBe(team.time);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('closes a round on a working day of the team at the local start time', () => {
    fc.assert(
      fc.property(teamArb, nowArb, fc.integer({ min: 1, max: 5 }), (team, now, days) => {
        const round = nextRoundStart(team, now);
        const close = roundCloseAt(round, team, days);
        const start = DateTime.fromJSDate(round.startsAt, { zone: team.timeZone });
        const end = DateTime.fromJSDate(close, { zone: team.timeZone });
        expect(end > start).toBe(true);
        expect(end.weekday).toBeLessThanOrEqual(5);
        expect(end.toFormat('HH:mm')).toBe(start.toFormat('HH:mm'));
      }),
      { numRuns: 300 },
    );
  });
});
