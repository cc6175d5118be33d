import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { personSchedule, type PersonAvailability } from '../../src/app/people.ts';
import { holidayRegion, publicHolidays } from '../../src/app/public-holidays.ts';
import {
  firstSendAt,
  reminderAt,
  roundCloseAt,
  type RoundSlot,
  type TeamSchedule,
} from '../../src/core/index.ts';

/** A person as the store keeps them: Monday to Friday, 09:00–17:00. */
function person(timeZone: string, pausedUntil: string | null = null): PersonAvailability {
  return {
    timeZone,
    workingDays: '1,2,3,4,5',
    workStart: '09:00',
    workEnd: '17:00',
    outOfOfficeFrom: null,
    outOfOfficeTo: null,
    paused: false,
    pausedUntil,
  };
}

function team(weekday: number, timeZone: string, holidays: readonly string[] = []): TeamSchedule {
  return { cadence: 'weekly', weekday, time: '10:00', timeZone, holidays };
}

function slot(date: string, timeZone: string): RoundSlot {
  return { date, startsAt: DateTime.fromISO(`${date}T10:00`, { zone: timeZone }).toJSDate() };
}

function localDate(at: Date | null, zone: string): string | undefined {
  return at ? (DateTime.fromJSDate(at, { zone }).toISODate() ?? undefined) : undefined;
}

describe('public holidays', () => {
  it("knows King's Day on the 27th of April, and on the 26th when the 27th is a Sunday", async () => {
    const around2026 = await publicHolidays('NL', new Date('2026-03-01T00:00:00Z'));
    expect(around2026).toContain('2026-04-27');
    expect(around2026).toContain('2025-04-26');
    expect(around2026).not.toContain('2025-04-27');
    expect(around2026).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-26']));
  });

  it("sends a Dutch person their King's Day pulse the next morning, and a colleague abroad on the day", async () => {
    const round = slot('2026-04-27', 'Europe/Amsterdam');
    const schedule = team(1, 'Europe/Amsterdam');
    const dutch = personSchedule(person('Europe/Amsterdam'), await publicHolidays('NL', round.startsAt));
    const inLondon = personSchedule(person('Europe/London'), await publicHolidays('GB', round.startsAt));
    const dutchAt = firstSendAt(round, schedule, dutch);
    expect(DateTime.fromJSDate(dutchAt ?? new Date(0), { zone: 'Europe/Amsterdam' }).toISO()).toBe(
      '2026-04-28T09:00:00.000+02:00',
    );
    expect(localDate(firstSendAt(round, schedule, inLondon), 'Europe/London')).toBe('2026-04-27');
  });

  it('keeps Thanksgiving free in the United States, and the day after in California', async () => {
    const round = slot('2026-11-26', 'America/New_York');
    const schedule = team(4, 'America/New_York');
    for (const [zone, region, day] of [
      ['America/New_York', 'US', '2026-11-27'],
      ['America/Los_Angeles', 'US-CA', '2026-11-30'],
    ] as const) {
      const american = personSchedule(person(zone), await publicHolidays(region, round.startsAt));
      expect(localDate(firstSendAt(round, schedule, american), zone)).toBe(day);
    }
    const inAmsterdam = personSchedule(
      person('Europe/Amsterdam'),
      await publicHolidays('NL', round.startsAt),
    );
    expect(localDate(firstSendAt(round, schedule, inAmsterdam), 'Europe/Amsterdam')).toBe('2026-11-26');
  });

  it('moves the close of a round over Christmas past the holidays', async () => {
    const round = slot('2026-12-24', 'Europe/Amsterdam');
    const holidays = await publicHolidays('NL', round.startsAt);
    const plain = roundCloseAt(round, team(4, 'Europe/Amsterdam'), 3);
    const overChristmas = roundCloseAt(round, team(4, 'Europe/Amsterdam', holidays), 3);
    expect(localDate(plain, 'Europe/Amsterdam')).toBe('2026-12-29');
    expect(localDate(overChristmas, 'Europe/Amsterdam')).toBe('2026-12-30');
  });

  it('moves a reminder that would fall on Boxing Day to the next working day', async () => {
    const sentAt = DateTime.fromISO('2025-12-24T10:00', { zone: 'Europe/Amsterdam' }).toJSDate();
    const dutch = personSchedule(person('Europe/Amsterdam'), await publicHolidays('NL', sentAt));
    const at = reminderAt({
      team: team(3, 'Europe/Amsterdam'),
      person: dutch,
      sentAt,
      answered: false,
      now: sentAt,
    });
    expect(localDate(at, 'Europe/Amsterdam')).toBe('2025-12-29');
  });

  it('refuses a region the calendar does not know, and writes a known one in capitals', async () => {
    await expect(holidayRegion('us-ca')).resolves.toBe('US-CA');
    await expect(holidayRegion('NL')).resolves.toBe('NL');
    await expect(holidayRegion('XX')).rejects.toThrow(/not a country or region/);
    await expect(holidayRegion('US-ZZ')).rejects.toThrow(/not a country or region/);
  });
});

const places = [
  ['Europe/Amsterdam', 'NL'],
  ['America/New_York', 'US'],
  ['America/Los_Angeles', 'US-CA'],
  ['Europe/Berlin', 'DE-BY'],
  ['Australia/Sydney', 'AU-NSW'],
  ['Asia/Tokyo', 'JP'],
] as const;

describe('no pulse or reminder on a holiday or during leave', () => {
  it('never sends on a public holiday of the person, nor before they are back from leave', async () => {
    const calendars = new Map(
      await Promise.all(
        places.map(
          async ([, region]) =>
            [region, await publicHolidays(region, new Date('2026-06-01T00:00:00Z'))] as const,
        ),
      ),
    );
    const day = fc
      .integer({ min: 0, max: 700 })
      .map(
        (offset) => DateTime.fromISO('2025-06-01', { zone: 'utc' }).plus({ days: offset }).toISODate() ?? '',
      );
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.constantFrom(...places.map(([zone]) => zone)),
        day,
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
        ([zone, region], teamZone, date, leaveDays) => {
          const holidays = calendars.get(region) ?? [];
          const back =
            leaveDays === null
              ? null
              : (DateTime.fromISO(date).plus({ days: leaveDays }).toISODate() ?? null);
          const calendar = personSchedule(person(zone, back), holidays);
          const weekday = DateTime.fromISO(date).weekday;
          const round = slot(date, teamZone);
          const sent = firstSendAt(round, team(weekday, teamZone), calendar);
          const reminded =
            sent &&
            reminderAt({
              team: team(weekday, teamZone),
              person: calendar,
              sentAt: sent,
              answered: false,
              now: sent,
            });
          for (const at of [sent, reminded]) {
            const local = localDate(at ?? null, zone);
            if (local === undefined) continue;
            expect(holidays).not.toContain(local);
            if (back) expect(local >= back).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
