import { describe, expect, it } from 'vitest';
import {
  agreeStatsOf,
  assessTeamMaturity,
  maturityWindow,
  poolElementEvidence,
  shiftPeriod,
  type ElementRoundFigure,
} from '../../src/core/index.ts';
import { isPulseError } from '../../src/errors.ts';
import { ELEMENT_KEYS, type ElementKey, type Phase } from '../../src/model/keys.ts';

const ASOF = '2026-W26';
const window = maturityWindow({ asOf: ASOF });

/** One round's figure for an element: each phase answered by `values`. */
function round(
  week: string,
  asked: Partial<Record<Phase, readonly number[]>>,
  options: { element?: ElementKey; k?: number } = {},
): ElementRoundFigure {
  const all = Object.values(asked).flat();
  return {
    element: options.element ?? 'culture',
    week,
    respondents: Math.max(...Object.values(asked).map((v) => v.length)),
    k: options.k ?? 5,
    stats: agreeStatsOf(all),
    phases: Object.fromEntries(
      Object.entries(asked).map(([phase, values]) => [
        phase,
        { stats: agreeStatsOf(values), respondents: values.length },
      ]),
    ),
  };
}

const fives = [5, 5, 5, 5, 5, 5];

describe('the maturity window', () => {
  it('covers the given number of weeks up to and including the week it is read in', () => {
    expect(window).toEqual({ from: '2026-W15', to: ASOF, weeks: 12 });
    expect(maturityWindow({ asOf: '2027-W03', weeks: 4 })).toEqual({
      from: '2026-W53', // 2026 has 53 ISO weeks
      to: '2027-W03',
      weeks: 4,
    });
  });

  it('refuses a window too short to show a trend', () => {
    let caught: unknown;
    try {
      maturityWindow({ asOf: ASOF, weeks: 1 });
    } catch (error) {
      caught = error;
    }
    expect(isPulseError(caught, 'usage')).toBe(true);
  });
});

describe('pooling an element over the window', () => {
  it('finds all three phases across rounds that each asked one', () => {
    const evidence = poolElementEvidence(
      [
        round('2026-W16', { design: fives }),
        round('2026-W20', { implementation: [4, 4, 4, 4, 4, 4] }),
        round('2026-W25', { evaluation: [3, 3, 3, 3, 3, 3] }),
      ],
      'culture',
      window,
    );
    expect(evidence.phases).toEqual({ design: 100, implementation: 75, evaluation: 50 });
    expect(evidence.score).toBe(75);
    expect(evidence.basis).toEqual({ rounds: 3, answers: 18 });
    expect(evidence.phaseBasis?.design).toEqual({ rounds: 1, answers: 6 });
  });

  it('leaves out rounds before the window, other elements and rounds under their k', () => {
    const evidence = poolElementEvidence(
      [
        round('2026-W14', { design: fives }),
        round('2026-W20', { design: fives }, { element: 'leadership' }),
        round('2026-W21', { design: [5, 5, 5, 5] }),
        round('2026-W22', { design: fives }, { k: 7 }),
        round('2026-W23', { implementation: fives }),
      ],
      'culture',
      window,
    );
    expect(evidence.phases).toEqual({ design: null, implementation: 100, evaluation: null });
    expect(evidence.basis).toEqual({ rounds: 1, answers: 6 });
  });

  it('drops a phase that fewer than k people answered, even in a round that was shown', () => {
    const evidence = poolElementEvidence(
      [round('2026-W20', { design: [5, 5, 5], implementation: fives })],
      'culture',
      window,
    );
    expect(evidence.phases.design).toBeNull();
    expect(evidence.phases.implementation).toBe(100);
  });

  it('calls a trend only when the newer half differs from the older beyond noise', () => {
    const steady = [3, 4, 3, 4, 3, 4, 3, 4];
    const older = (week: string, values: number[]) => round(week, { implementation: values });
    const trend = (newer: number[]) =>
      poolElementEvidence([older('2026-W16', steady), older('2026-W23', newer)], 'culture', window).trend;
    expect(trend([4, 3, 4, 3, 4, 3, 4, 3])).toBe('stable');
    expect(trend([5, 5, 5, 5, 4, 5, 5, 5])).toBe('improving');
    expect(trend([2, 1, 2, 2, 1, 2, 2, 1])).toBe('falling');
    expect(poolElementEvidence([older('2026-W23', steady)], 'culture', window).trend).toBe('unknown');
  });
});

describe("a team's indicative level with its reasons", () => {
  const everyElement = (weeks: readonly string[], values: readonly number[]) =>
    weeks.flatMap((week) =>
      (
        [
          'understanding-customers',
          'vision-strategy',
          'leadership',
          'culture',
          'experience-design',
          'employee-engagement',
          'processes-structure',
          'monitoring',
          'innovation',
        ] as const
      ).map((element) =>
        round(week, { design: values, implementation: values, evaluation: values }, { element }),
      ),
    );

  it('names each element, its stars, and the phase it has not been asked in', () => {
    const figures = everyElement(['2026-W17', '2026-W24'], fives).filter(
      (f) => !(f.element === 'monitoring' && f.week === '2026-W24'),
    );
    const withoutEvaluation = figures.map((f) =>
      f.element === 'monitoring' ? { ...f, phases: { design: f.phases.design! } } : f,
    );
    const maturity = assessTeamMaturity(withoutEvaluation, { asOf: ASOF, gapOf: () => 0 });
    const monitoring = maturity.elements.find((e) => e.element === 'monitoring');
    expect(monitoring?.level).toBe('not-yet');
    expect(monitoring?.phases).toEqual([
      { phase: 'design', score: 100, meets: '***', basis: { rounds: 1, answers: 6 } },
      { phase: 'implementation', score: null, meets: null, basis: { rounds: 0, answers: 0 } },
      { phase: 'evaluation', score: null, meets: null, basis: { rounds: 0, answers: 0 } },
    ]);
    expect(monitoring?.toNextLevel).toContainEqual({ code: 'phase_unknown', phase: 'evaluation' });
    expect(maturity.level).toBe('not-yet');
    expect(maturity.toNextLevel).toEqual([
      { code: 'element_below', element: 'monitoring', level: 'not-yet' },
    ]);
    expect(maturity.window).toEqual(window);
    expect(maturity.elements.filter((e) => e.level === '***')).toHaveLength(8);
  });

  it('fades when the rounds leave the window', () => {
    const figures = everyElement(['2026-W17', '2026-W24'], fives);
    expect(assessTeamMaturity(figures, { asOf: ASOF, gapOf: () => 0 }).level).toBe('***');
    const later = assessTeamMaturity(figures, { asOf: shiftPeriod('2026-W24', 12), gapOf: () => 0 });
    expect(later.level).toBe('not-yet');
    expect(later.elements.every((e) => e.toNextLevel.some((r) => r.code === 'score_unknown'))).toBe(true);
  });

  it('a steady team rarely sees any of its nine elements fall by chance', () => {
    // 400 teams whose answers come from one unchanging distribution: the
    // older and newer halves differ only by chance. Seeded, so the count is fixed.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const answers = (n: number) =>
      Array.from({ length: n }, () => [2, 3, 3, 4, 4, 4, 5, 5][Math.floor(random() * 8)] ?? 3);
    const weeks = ['2026-W16', '2026-W18', '2026-W20', '2026-W22', '2026-W24', '2026-W26'];
    let teamsWithAFall = 0;
    for (let team = 0; team < 400; team++) {
      const falls = ELEMENT_KEYS.filter((element) => {
        const figures = weeks.map((week) => round(week, { implementation: answers(8) }, { element }));
        return poolElementEvidence(figures, element, window).trend === 'falling';
      });
      if (falls.length > 0) teamsWithAFall += 1;
    }
    expect(teamsWithAFall / 400).toBeLessThan(0.05);
  });
});
