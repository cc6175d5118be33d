import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rotationStatements } from '../../src/app/open-rounds.ts';
import {
  CADENCES,
  desiredCultureRoundsFor,
  desiredWindow,
  dueDesiredCulture,
  inWindow,
  nextRoundStart,
  periodKey,
  shiftPeriod,
  weekWindow,
  type Cadence,
} from '../../src/core/index.ts';
import { loadContentBank, VALUE_KEYS } from '../../src/model/index.ts';

const statements = rotationStatements(loadContentBank());
const PER_PERSON = 4;
const ROUNDS = desiredCultureRoundsFor(statements, PER_PERSON) ?? 0;
const ZONE = 'Europe/Amsterdam';
/** The most weeks between two rounds' weeks: the first weekday of a month comes four or five weeks after the last. */
const MOST_WEEKS_APART: Readonly<Record<Cadence, number>> = {
  weekly: 1,
  biweekly: 2,
  fourweekly: 4,
  monthly: 5,
};
const DAY = 24 * 3_600_000;

/** A team's schedule, when it started, its first round's number, how many rounds it has had and when it reads. */
const teamRun = fc.record({
  cadence: fc.constantFrom(...CADENCES),
  weekday: fc.integer({ min: 1, max: 7 }),
  startDay: fc.integer({ min: 0, max: 730 }),
  firstRound: fc.integer({ min: 1, max: 400 }),
  extraRounds: fc.integer({ min: 0, max: 12 }),
  readWeeksLater: fc.integer({ min: 0, max: 4 }),
});

describe('desiredWindow', () => {
  it('for any round start and team cadence, holds every desired-culture value once, in as few weeks as the cadence allows', () => {
    expect(ROUNDS).toBe(30);
    fc.assert(
      fc.property(teamRun, (run) => {
        const team = { cadence: run.cadence, weekday: run.weekday, time: '10:00', timeZone: ZONE };
        let at = new Date(Date.UTC(2026, 0, 5) + run.startDay * DAY);
        const rounds: { number: number; week: string }[] = [];
        for (let i = 0; i < ROUNDS + run.extraRounds; i++) {
          at = nextRoundStart(team, at).startsAt;
          rounds.push({ number: run.firstRound + i, week: periodKey(at, 'week', ZONE) });
        }
        const latest = rounds.at(-1)?.week ?? '';
        const asOf = shiftPeriod(latest, run.readWeeksLater);
        const window = desiredWindow(
          rounds.map((r) => r.week),
          ROUNDS,
          asOf,
        );

        const weeks = weekWindow(window);
        const asked = new Set(
          rounds
            .filter((r) => inWindow(weeks, r.week))
            .flatMap((r) => dueDesiredCulture(r.number, statements, PER_PERSON).map((d) => d.value)),
        );
        expect([...asked].sort()).toEqual([...VALUE_KEYS].sort());
        // 30 rounds: 30 weeks at a weekly cadence read in its latest round's week, 59 biweekly.
        expect(window.weeks).toBeLessThanOrEqual(
          (ROUNDS - 1) * MOST_WEEKS_APART[run.cadence] + 1 + run.readWeeksLater,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('starts with the first round while the team has had fewer rounds than it takes', () => {
    expect(desiredWindow(['2026-W02', '2026-W03', '2026-W04'], 30, '2026-W05')).toEqual({
      asOf: '2026-W05',
      weeks: 4,
    });
    expect(desiredWindow([], 30, '2026-W05')).toEqual({ asOf: '2026-W05', weeks: 2 });
  });
});
