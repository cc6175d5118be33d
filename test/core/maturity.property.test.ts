import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreeStatsOf,
  assessTeamMaturity,
  shiftPeriod,
  type ElementRoundFigure,
} from '../../src/core/index.ts';
import { ELEMENT_KEYS, MATURITY_LEVELS, PHASES, type MaturityLevel } from '../../src/model/keys.ts';

const K = 5;
const FIRST_WEEK = '2026-W01';
const week = (index: number) => shiftPeriod(FIRST_WEEK, index);

/**
 * A simulated team over `weeks` weekly rounds: each element is asked every
 * `spacing` weeks (from its own offset), one phase at a time in turn, to
 * `answering` people, who answer as `answer(week, person)` says. Asked one
 * phase per ask at most three weeks apart, every phase of every element comes
 * up within any 12 weeks — the coverage the round planner has to provide.
 */
interface Team {
  readonly weeks: number;
  readonly spacing: readonly number[];
  readonly offsets: readonly number[];
  readonly answering: readonly number[];
}

const teams = (weeks: number): fc.Arbitrary<Team> =>
  fc.record({
    weeks: fc.constant(weeks),
    spacing: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 9, maxLength: 9 }),
    offsets: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 9, maxLength: 9 }),
    answering: fc.array(fc.integer({ min: K, max: 40 }), { minLength: weeks, maxLength: weeks }),
  });

function history(team: Team, answer: (week: number, person: number, size: number) => number) {
  const figures: ElementRoundFigure[] = [];
  ELEMENT_KEYS.forEach((element, e) => {
    const spacing = team.spacing[e] ?? 1;
    let asks = 0;
    for (let w = team.offsets[e] ?? 0; w < team.weeks; w += spacing) {
      const size = team.answering[w] ?? K;
      const values = Array.from({ length: size }, (_, person) => answer(w, person, size));
      const phase = PHASES[(asks + e) % PHASES.length] ?? 'design';
      asks += 1;
      const stats = agreeStatsOf(values);
      figures.push({
        element,
        week: week(w),
        respondents: size,
        k: K,
        stats,
        phases: { [phase]: { stats, respondents: size } },
      });
    }
  });
  return figures;
}

const levelAt = (figures: readonly ElementRoundFigure[], asOfIndex: number, gap: number) =>
  assessTeamMaturity(figures, { asOf: week(asOfIndex), gapOf: () => gap });

/** A fixed share of 4s among 3s in every round: the same middling view, week after week. */
const middling = (share: number) => (_week: number, person: number, size: number) =>
  person < Math.round(share * size) ? 4 : 3;

describe('the indicative level of simulated teams (property)', () => {
  it('reaches *** for a team that answers 5 everywhere and whose leader sees it the same way', () => {
    fc.assert(
      fc.property(teams(12), fc.integer({ min: -10, max: 10 }), (team, gap) => {
        const maturity = levelAt(
          history(team, () => 5),
          11,
          gap,
        );
        expect(maturity.level).toBe('***');
        expect(maturity.elements.every((e) => e.phases.every((p) => p.meets === '***'))).toBe(true);
      }),
    );
  });

  it('gives * to a team that is consistently middling, and says the score holds it there', () => {
    fc.assert(
      fc.property(teams(12), fc.double({ min: 0.35, max: 0.6, noNaN: true }), (team, share) => {
        const maturity = levelAt(history(team, middling(share)), 11, 0);
        expect(maturity.level).toBe('*');
        for (const element of maturity.elements) {
          expect(element.level).toBe('*');
          expect(element.toNextLevel.map((r) => r.code)).toContain('score_low');
        }
      }),
    );
  });

  it('keeps a weak team at "not yet", with a low score as the reason', () => {
    fc.assert(
      fc.property(
        teams(12),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 40, maxLength: 40 }),
        (team, pool) => {
          // Mostly 2s and 3s, never above 3: a mean of at most 2.8.
          const weak = (_w: number, person: number) => (person % 5 < 2 ? 2 : Math.min(pool[person] ?? 3, 3));
          const maturity = levelAt(history(team, weak), 11, 0);
          expect(maturity.level).toBe('not-yet');
          expect(maturity.elements.every((e) => e.toNextLevel.some((r) => r.code === 'score_low'))).toBe(
            true,
          );
        },
      ),
    );
  });

  it('moves a team that improves up, step by step, as the window slides over the change', () => {
    fc.assert(
      fc.property(
        teams(30),
        fc.integer({ min: 12, max: 18 }),
        fc.double({ min: 0.35, max: 0.6, noNaN: true }),
        (team, turn, share) => {
          const figures = history(team, (w, person, size) =>
            w < turn ? middling(share)(w, person, size) : 5,
          );
          const rank = (level: MaturityLevel) => MATURITY_LEVELS.indexOf(level);
          const levels = Array.from({ length: 30 - 11 }, (_, i) => levelAt(figures, 11 + i, 0).level);
          expect(levels[0]).toBe('*');
          expect(levels.at(-1)).toBe('***');
          levels.slice(1).forEach((level, i) => expect(rank(level)).toBeGreaterThanOrEqual(rank(levels[i]!)));
        },
      ),
    );
  });
});
