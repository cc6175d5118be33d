import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asksEnps,
  enpsPeriod,
  enpsPeriodWeeks,
  nextRoundStart,
  periodKey,
  shiftPeriod,
  type TeamSchedule,
} from '../../src/core/index.ts';

const zones = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'] as const;

const teamArb = fc.record({
  cadence: fc.constantFrom('weekly', 'biweekly', 'fourweekly', 'monthly' as const),
  weekday: fc.integer({ min: 1, max: 7 }),
  time: fc.constantFrom('07:30', '09:00', '13:15', '23:45'),
  timeZone: fc.constantFrom(...zones),
  anchorDate: fc.constantFrom('2026-01-05', '2026-01-14', '2026-02-25', '2027-03-03'),
}) as fc.Arbitrary<TeamSchedule>;

const startArb = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 11, 1) })
  .map((ms) => new Date(ms));

/** A year of a team's rounds: the week of each, and who was invited (not away) to it. */
function simulate(
  team: TeamSchedule,
  start: Date,
  size: number,
  away: (round: number, person: number) => boolean,
) {
  const rounds: { week: string; period: number; invited: number[]; asked: number[] }[] = [];
  const earlier = new Map<number, string[]>();
  let now = start;
  for (let i = 0; i < 26; i++) {
    const slot = nextRoundStart(team, now);
    now = slot.startsAt;
    const week = periodKey(slot.startsAt, 'week', team.timeZone);
    const invited = Array.from({ length: size }, (_, p) => p).filter((p) => !away(i, p));
    const asked = invited.filter((p) => asksEnps(week, earlier.get(p) ?? []));
    for (const p of invited) earlier.set(p, [...(earlier.get(p) ?? []), week]);
    rounds.push({ week, period: enpsPeriod(week), invited, asked });
  }
  return rounds;
}

describe('eNPS is asked once per 4-week period per person', () => {
  it('asks each person at most once per period, in the first round of it that reaches them', () => {
    fc.assert(
      fc.property(
        teamArb,
        startArb,
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (team, start, size, seed, awayRate) => {
          const away = (round: number, person: number) =>
            ((Math.imul(seed ^ (round * 7919), 2654435761) ^ (person * 40503)) >>> 0) / 2 ** 32 < awayRate;
          const rounds = simulate(team, start, size, away);
          for (let person = 0; person < size; person++) {
            const invitedIn = rounds.filter((r) => r.invited.includes(person));
            const periods = new Set(invitedIn.map((r) => r.period));
            for (const period of periods) {
              const ofPeriod = invitedIn.filter((r) => r.period === period);
              const askedIn = ofPeriod.filter((r) => r.asked.includes(person));
              expect(askedIn).toEqual([ofPeriod[0]]);
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  }, 120_000);

  it('asks the whole team in one round of every 4-week period, on any schedule of four weeks or less', () => {
    fc.assert(
      fc.property(
        teamArb.filter((team) => team.cadence !== 'monthly'),
        startArb,
        fc.integer({ min: 5, max: 60 }),
        (team, start, size) => {
          const rounds = simulate(team, start, size, () => false);
          const first = rounds[0]!.period;
          const last = rounds.at(-1)!.period;
          for (let period = first; period <= last; period++) {
            const asking = rounds.filter((r) => r.period === period && r.asked.length > 0);
            expect(asking).toHaveLength(1);
            expect(asking[0]!.asked).toHaveLength(size);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('asks a monthly team in every round, as no two of its rounds share a period', () => {
    fc.assert(
      fc.property(
        teamArb.map((team) => ({ ...team, cadence: 'monthly' as const })),
        startArb,
        (team, start) => {
          const rounds = simulate(team, start, 8, () => false);
          expect(rounds.every((r) => r.asked.length === 8)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('names the four weeks of a period, which start on the same week for every team', () => {
    fc.assert(
      fc.property(startArb, fc.constantFrom(...zones), (instant, zone) => {
        const week = periodKey(instant, 'week', zone);
        const weeks = enpsPeriodWeeks(enpsPeriod(week));
        expect(weeks).toHaveLength(4);
        expect(weeks).toContain(week);
        expect(new Set(weeks.map(enpsPeriod))).toEqual(new Set([enpsPeriod(week)]));
        expect(enpsPeriod(shiftPeriod(weeks[0]!, -1))).toBe(enpsPeriod(week) - 1);
        expect(enpsPeriod(shiftPeriod(weeks[3]!, 1))).toBe(enpsPeriod(week) + 1);
      }),
      { numRuns: 300 },
    );
  });
});
