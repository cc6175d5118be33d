import { describe, expect, it } from 'vitest';
import {
  firstSendAt,
  nextRoundStart,
  reminderAt,
  roundCloseAt,
  type PersonSchedule,
  type TeamSchedule,
} from '../../src/core/index.ts';
import { isPulseError } from '../../src/errors.ts';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

const amsterdamTeam: TeamSchedule = {
  cadence: 'weekly',
  weekday: 1,
  time: '09:00',
  timeZone: 'Europe/Amsterdam',
};
const inAmsterdam: PersonSchedule = { timeZone: 'Europe/Amsterdam' };
const inNewYork: PersonSchedule = { timeZone: 'America/New_York' };

describe('nextRoundStart', () => {
  it('finds the next weekly round, strictly after now', () => {
    expect(nextRoundStart(amsterdamTeam, at('2026-03-18T12:00:00Z'))).toEqual({
      date: '2026-03-23',
      startsAt: at('2026-03-23T08:00:00Z'), // 09:00 CET
    });
    expect(nextRoundStart(amsterdamTeam, at('2026-03-23T08:00:00Z')).date).toBe('2026-03-30');
  });

  it('keeps 09:00 local across the spring and autumn changes in Amsterdam', () => {
    expect(iso(nextRoundStart(amsterdamTeam, at('2026-03-27T12:00:00Z')).startsAt)).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect(iso(nextRoundStart(amsterdamTeam, at('2026-10-23T12:00:00Z')).startsAt)).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('keeps 09:00 local across the spring and autumn changes in New York', () => {
    const team: TeamSchedule = { ...amsterdamTeam, timeZone: 'America/New_York' };
    expect(iso(nextRoundStart(team, at('2026-03-06T20:00:00Z')).startsAt)).toBe('2026-03-09T13:00:00.000Z');
    expect(iso(nextRoundStart(team, at('2026-10-30T20:00:00Z')).startsAt)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('runs biweekly in the anchored weeks and monthly on the first weekday of the month', () => {
    const biweekly: TeamSchedule = { ...amsterdamTeam, cadence: 'biweekly', anchorDate: '2026-03-04' };
    expect(nextRoundStart(biweekly, at('2026-03-03T12:00:00Z')).date).toBe('2026-03-16');
    expect(nextRoundStart(biweekly, at('2026-03-17T12:00:00Z')).date).toBe('2026-03-30');
    const monthly: TeamSchedule = { ...amsterdamTeam, cadence: 'monthly', weekday: 3 };
    expect(nextRoundStart(monthly, at('2026-03-05T12:00:00Z')).date).toBe('2026-04-01');
    expect(nextRoundStart(monthly, at('2026-04-01T12:00:00Z')).date).toBe('2026-05-06');
  });

  it('runs every four weeks in the anchored weeks', () => {
    const fourweekly: TeamSchedule = { ...amsterdamTeam, cadence: 'fourweekly', anchorDate: '2026-03-04' };
    expect(nextRoundStart(fourweekly, at('2026-03-03T12:00:00Z')).date).toBe('2026-03-30');
    expect(nextRoundStart(fourweekly, at('2026-03-31T12:00:00Z')).date).toBe('2026-04-27');
  });

  it('explains an unknown time zone', () => {
    try {
      nextRoundStart({ ...amsterdamTeam, timeZone: 'Europe/Amsterdm' }, at('2026-03-18T12:00:00Z'));
      expect.unreachable();
    } catch (error) {
      expect(isPulseError(error, 'usage')).toBe(true);
      expect((error as Error).message).toMatch(/Unknown team time zone "Europe\/Amsterdm".*IANA/);
    }
  });
});

describe('firstSendAt', () => {
  const round = { date: '2026-03-16', startsAt: at('2026-03-16T08:00:00Z') };

  it("uses the team's local time in the person's own zone", () => {
    expect(iso(firstSendAt(round, amsterdamTeam, inAmsterdam))).toBe('2026-03-16T08:00:00.000Z');
    // New York is already on summer time (since 8 March), Amsterdam not yet: 09:00 EDT.
    expect(iso(firstSendAt(round, amsterdamTeam, inNewYork))).toBe('2026-03-16T13:00:00.000Z');
    const after = { date: '2026-03-30', startsAt: at('2026-03-30T07:00:00Z') };
    expect(iso(firstSendAt(after, amsterdamTeam, inNewYork))).toBe('2026-03-30T13:00:00.000Z');
  });

  it('moves into working hours and off non-working and out-of-office days', () => {
    expect(iso(firstSendAt(round, amsterdamTeam, { ...inAmsterdam, workStart: '10:30' }))).toBe(
      '2026-03-16T09:30:00.000Z',
    );
    const lateTeam = { ...amsterdamTeam, time: '18:00' };
    expect(iso(firstSendAt(round, lateTeam, inAmsterdam))).toBe('2026-03-17T08:00:00.000Z');
    const partTime = { ...inAmsterdam, workingDays: [3, 4] };
    expect(iso(firstSendAt(round, amsterdamTeam, partTime))).toBe('2026-03-18T08:00:00.000Z');
    const away = { ...inAmsterdam, outOfOffice: [{ from: '2026-03-14', to: '2026-03-17' }] };
    expect(iso(firstSendAt(round, amsterdamTeam, away))).toBe('2026-03-18T08:00:00.000Z');
  });

  it('sends nothing to a paused person or after the close', () => {
    expect(firstSendAt(round, amsterdamTeam, { ...inAmsterdam, paused: true })).toBeNull();
    const away = { ...inAmsterdam, outOfOffice: [{ from: '2026-03-16', to: '2026-03-31' }] };
    expect(firstSendAt(round, amsterdamTeam, away, { notAfter: at('2026-03-19T08:00:00Z') })).toBeNull();
  });

  it('never sends in the past', () => {
    expect(
      iso(firstSendAt(round, amsterdamTeam, inAmsterdam, { notBefore: at('2026-03-16T10:15:00Z') })),
    ).toBe('2026-03-16T10:15:00.000Z');
  });

  it('moves a local time that does not exist (DST gap) forward by the gap and takes the first of a repeated one', () => {
    const night = { ...amsterdamTeam, weekday: 7, time: '02:30' };
    const always = {
      ...inAmsterdam,
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      workStart: '00:00',
      workEnd: '23:59',
    };
    const sunday = { date: '2026-03-29', startsAt: at('2026-03-29T01:30:00Z') };
    expect(iso(firstSendAt(sunday, night, always))).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    const autumn = { date: '2026-10-25', startsAt: at('2026-10-25T01:30:00Z') };
    expect(iso(firstSendAt(autumn, night, always))).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30 (CEST)
  });

  it('rejects an invalid person zone or working hours that end before they start', () => {
    expect(() => firstSendAt(round, amsterdamTeam, { timeZone: 'Mars/Olympus' })).toThrow(/IANA/);
    const badDate = { ...inAmsterdam, outOfOffice: [{ from: '2026-02-30', to: '2026-03-02' }] };
    expect(() => firstSendAt(round, amsterdamTeam, badDate)).toThrow(/not a date/);
    expect(() =>
      firstSendAt(round, amsterdamTeam, { ...inAmsterdam, workStart: '17:00', workEnd: '09:00' }),
    ).toThrow(/end after they start/);
  });
});

describe('reminderAt', () => {
  const base = { team: amsterdamTeam, answered: false };

  it('comes one working day later at the same local time, across the spring change', () => {
    // Friday 27 March 09:00 CET → Monday 30 March 09:00 CEST.
    const sentAt = at('2026-03-27T08:00:00Z');
    expect(iso(reminderAt({ ...base, person: inAmsterdam, sentAt, now: sentAt }))).toBe(
      '2026-03-30T07:00:00.000Z',
    );
  });

  it('comes one working day later at the same local time, across the autumn change', () => {
    const sentAt = at('2026-10-23T07:00:00Z'); // Friday 09:00 CEST
    expect(iso(reminderAt({ ...base, person: inAmsterdam, sentAt, now: sentAt }))).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    const ny = at('2026-10-30T13:00:00Z'); // Friday 09:00 EDT → Monday 09:00 EST
    expect(iso(reminderAt({ ...base, person: inNewYork, sentAt: ny, now: ny }))).toBe(
      '2026-11-02T14:00:00.000Z',
    );
  });

  it('skips a day whose working hours fall into the hour a DST change removes', () => {
    // Sydney works Sunday, Monday and Tuesday 02:00–03:00; on Sunday 4 October 2026 its clocks jump
    // from 02:00 to 03:00, so that Sunday has no working hours: the reminder waits for Monday 02:00.
    const team: TeamSchedule = { cadence: 'weekly', weekday: 2, time: '00:00', timeZone: 'Europe/Amsterdam' };
    const person: PersonSchedule = {
      timeZone: 'Australia/Sydney',
      workingDays: [7, 1, 2],
      workStart: '02:00',
      workEnd: '03:00',
    };
    const sentAt = at('2026-09-28T16:00:00Z'); // Tuesday 29 September 02:00 AEST
    expect(iso(reminderAt({ team, person, sentAt, answered: false, now: sentAt }))).toBe(
      '2026-10-04T15:00:00.000Z', // Monday 5 October 02:00 AEDT
    );
  });

  it('honours a longer delay and skips days out of office', () => {
    const sentAt = at('2026-03-16T08:00:00Z');
    const away = { ...inAmsterdam, outOfOffice: [{ from: '2026-03-17', to: '2026-03-17' }] };
    expect(iso(reminderAt({ ...base, person: away, sentAt, now: sentAt, delayWorkingDays: 2 }))).toBe(
      '2026-03-19T08:00:00.000Z',
    );
  });

  it('is recomputed in the new zone when a person moves mid-round', () => {
    const sentAt = at('2026-03-16T08:00:00Z'); // Monday 09:00 in Amsterdam
    const now = at('2026-03-16T15:00:00Z');
    expect(iso(reminderAt({ ...base, person: inAmsterdam, sentAt, now }))).toBe('2026-03-17T08:00:00.000Z');
    expect(iso(reminderAt({ ...base, person: inNewYork, sentAt, now }))).toBe('2026-03-17T13:00:00.000Z');
  });

  it('goes only to people who have not answered, before the round closes', () => {
    const sentAt = at('2026-03-16T08:00:00Z');
    expect(reminderAt({ ...base, answered: true, person: inAmsterdam, sentAt, now: sentAt })).toBeNull();
    expect(
      reminderAt({ ...base, person: inAmsterdam, sentAt, now: sentAt, closesAt: at('2026-03-17T08:00:00Z') }),
    ).toBeNull();
  });

  it('is never in the past', () => {
    const sentAt = at('2026-03-16T08:00:00Z');
    const now = at('2026-03-18T12:34:00Z');
    expect(iso(reminderAt({ ...base, person: inAmsterdam, sentAt, now }))).toBe('2026-03-18T12:34:00.000Z');
  });
});

describe('roundCloseAt', () => {
  it('closes three working days after the start, at the same local time', () => {
    const round = { date: '2026-03-26', startsAt: at('2026-03-26T08:00:00Z') }; // Thursday 09:00 CET
    expect(iso(roundCloseAt(round, amsterdamTeam))).toBe('2026-03-31T07:00:00.000Z'); // Tuesday 09:00 CEST
    const autumn = { date: '2026-10-29', startsAt: at('2026-10-29T13:00:00Z') }; // Thursday 09:00 EDT
    const ny = { ...amsterdamTeam, timeZone: 'America/New_York' };
    expect(iso(roundCloseAt(autumn, ny, 2))).toBe('2026-11-02T14:00:00.000Z'); // Monday 09:00 EST
  });

  it('rejects a window that is not a whole number of days', () => {
    const round = { date: '2026-03-26', startsAt: at('2026-03-26T08:00:00Z') };
    expect(() => roundCloseAt(round, amsterdamTeam, 0)).toThrow(/whole number/);
  });
});
