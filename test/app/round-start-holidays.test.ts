import fc from 'fast-check';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRound, runDuePulses } from '../../src/app/open-rounds.ts';
import { publicHolidays } from '../../src/app/public-holidays.ts';
import type { SeededOrganization } from '../../src/app/seed-organization.ts';
import { roundCloseAt, roundSlotPastHolidays, type TeamSchedule } from '../../src/core/index.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedSupportTeam } from '../support/support-team.ts';

/** A weekly team on `weekday` at 10:00 in its zone, with its country's public holidays. */
async function team(weekday: number, timeZone: string, region: string): Promise<TeamSchedule> {
  const holidays = await publicHolidays(region, new Date('2028-06-01T00:00:00Z'));
  return { cadence: 'weekly', weekday, time: '10:00', timeZone, holidays };
}

/** The round a team's schedule puts on a local date, and where it really starts, in the team's zone. */
function start(schedule: TeamSchedule, date: string): { date: string; at: string; closes: string } {
  const scheduled = {
    date,
    startsAt: DateTime.fromISO(`${date}T10:00`, { zone: schedule.timeZone }).toJSDate(),
  };
  const slot = roundSlotPastHolidays(scheduled, schedule);
  const local = (at: Date) =>
    DateTime.fromJSDate(at, { zone: schedule.timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
  return { date: slot.date, at: local(slot.startsAt), closes: local(roundCloseAt(slot, schedule, 3)) };
}

describe("a team's round on a public holiday", () => {
  it('starts a Dutch Tuesday team on the Thursday after Christmas 2029, and closes three working days on', async () => {
    // 25 and 26 December are both days off in the Netherlands; New Year's Day too.
    expect(start(await team(2, 'Europe/Amsterdam', 'NL'), '2029-12-25')).toEqual({
      date: '2029-12-27',
      at: '2029-12-27T10:00',
      closes: '2030-01-02T10:00',
    });
  });

  it('starts an American Tuesday team on the Wednesday after Christmas 2029, in New York and in Los Angeles', async () => {
    for (const zone of ['America/New_York', 'America/Los_Angeles']) {
      expect(start(await team(2, zone, 'US'), '2029-12-25')).toEqual({
        date: '2029-12-26',
        at: '2029-12-26T10:00',
        closes: '2029-12-31T10:00',
      });
    }
  });

  it("starts a Dutch Tuesday team the day after King's Day 2027", async () => {
    expect(start(await team(2, 'Europe/Amsterdam', 'NL'), '2027-04-27')).toEqual({
      date: '2027-04-28',
      at: '2027-04-28T10:00',
      closes: '2027-05-03T10:00',
    });
  });

  it('starts a Thursday team after Thanksgiving: on the Friday in New York, on the Monday in California', async () => {
    expect(start(await team(4, 'America/New_York', 'US'), '2029-11-22')).toEqual({
      date: '2029-11-23',
      at: '2029-11-23T10:00',
      closes: '2029-11-28T10:00',
    });
    // California also has the day after Thanksgiving off.
    expect(start(await team(4, 'America/Los_Angeles', 'US-CA'), '2029-11-22')).toEqual({
      date: '2029-11-26',
      at: '2029-11-26T10:00',
      closes: '2029-11-29T10:00',
    });
  });

  it('leaves a round on an ordinary day, and one on a holiday of another country, where it was', async () => {
    const dutch = await team(2, 'Europe/Amsterdam', 'NL');
    expect(start(dutch, '2029-12-18').date).toBe('2029-12-18');
    // Thanksgiving is no holiday in the Netherlands.
    expect(start(await team(4, 'Europe/Amsterdam', 'NL'), '2029-11-22').date).toBe('2029-11-22');
  });

  it('always starts on a working day at the team time, never before the scheduled day and within a week', async () => {
    const places = [
      ['Europe/Amsterdam', 'NL'],
      ['America/New_York', 'US'],
      ['America/Los_Angeles', 'US-CA'],
      ['Asia/Tokyo', 'JP'],
      ['Australia/Sydney', 'AU-NSW'],
    ] as const;
    const teams = await Promise.all(places.map(([zone, region]) => team(1, zone, region)));
    fc.assert(
      fc.property(fc.constantFrom(...teams), fc.integer({ min: 0, max: 700 }), (schedule, offset) => {
        const date = DateTime.fromISO('2027-01-01').plus({ days: offset }).toISODate() ?? '';
        const moved = start({ ...schedule, weekday: DateTime.fromISO(date).weekday }, date);
        const day = DateTime.fromISO(moved.date);
        expect(moved.at.slice(11)).toBe('10:00');
        expect(moved.date >= date).toBe(true);
        expect(day.diff(DateTime.fromISO(date), 'days').days).toBeLessThanOrEqual(7);
        if (moved.date !== date) {
          expect(schedule.holidays).toContain(date);
          expect(schedule.holidays).not.toContain(moved.date);
          expect(day.weekday).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describeEachDatabase('a scheduled round due on Christmas Day', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    org = await seedSupportTeam(
      app.ctx.db,
      [
        'ann',
        'bob',
        'cas',
        'dee',
        'eve',
        { platformUserId: 'nyc', displayName: 'Nia', timeZone: 'America/New_York' },
      ],
      { platform: 'local' },
    );
    await app.ctx.db.organization.update({
      where: { id: org.organizationId },
      data: { holidayRegion: 'NL' },
    });
  });

  it('opens on the next working day: first cards, reminders and close all come after the holidays', async () => {
    const christmas = DateTime.fromISO('2029-12-25T10:00', { zone: 'Europe/Amsterdam' }).toJSDate();
    await app.ctx.db.schedule.updateMany({ data: { nextRunAt: christmas } });
    const [roundId] = await runDuePulses(app.ctx, christmas);
    const round = await app.ctx.db.round.findUniqueOrThrow({ where: { id: roundId ?? '' } });
    const amsterdam = (at: Date | null) =>
      at ? DateTime.fromJSDate(at, { zone: 'Europe/Amsterdam' }).toFormat("yyyy-MM-dd'T'HH:mm") : null;
    expect(round.date).toBe('2029-12-27');
    expect(amsterdam(round.opensAt)).toBe('2029-12-27T10:00');
    expect(amsterdam(round.closesAt)).toBe('2030-01-02T10:00');

    const ledger = await app.ctx.db.participation.findMany({
      where: { roundId: round.id },
      include: { person: { select: { platformUserId: true } } },
    });
    const byPerson = new Map(ledger.map((p) => [p.person.platformUserId, p]));
    expect(amsterdam(byPerson.get('ann')?.sendAt ?? null)).toBe('2029-12-27T10:00');
    expect(amsterdam(byPerson.get('ann')?.remindAt ?? null)).toBe('2029-12-28T10:00');
    // In New York it is 10:00 on the 27th too: 16:00 in Amsterdam.
    expect(amsterdam(byPerson.get('nyc')?.sendAt ?? null)).toBe('2029-12-27T16:00');
  });

  it('sends a round by hand on the holiday itself, as the admin asked', async () => {
    const boxingDay = DateTime.fromISO('2029-12-26T11:00', { zone: 'Europe/Amsterdam' }).toJSDate();
    const roundId = await openRound(app.ctx, org.teams.Support ?? '', boxingDay, boxingDay, {
      atStart: true,
    });
    const round = await app.ctx.db.round.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.date).toBe('2029-12-26');
  });
});
