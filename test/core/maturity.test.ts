import { describe, expect, it } from 'vitest';
import {
  assessElementMaturity,
  assessOverallMaturity,
  MATURITY_CAVEAT_KEY,
  type ElementEvidence,
} from '../../src/core/index.ts';
import { ELEMENT_KEYS } from '../../src/model/keys.ts';

const evidence = (overrides: Partial<ElementEvidence> = {}): ElementEvidence => ({
  element: 'culture',
  score: 72,
  phases: { design: 70, implementation: 68, evaluation: 66 },
  trend: 'stable',
  gap: 8,
  ...overrides,
});

describe('indicative element maturity', () => {
  it('gives ** when every phase is at 65+, the trend holds and leaders and team agree', () => {
    const result = assessElementMaturity(evidence());
    expect(result.level).toBe('**');
    expect(result.nextLevel).toBe('***');
    expect(result.toNextLevel.map((r) => r.code)).toEqual([
      'score_low',
      'phase_low',
      'phase_low',
      'phase_low',
    ]);
  });

  it('always says it is indicative, not an INK recognition', () => {
    const result = assessElementMaturity(evidence());
    expect(result.indicative).toBe(true);
    expect(result.caveatKey).toBe(MATURITY_CAVEAT_KEY);
  });

  it('holds a falling element at not-yet, whatever its scores', () => {
    const result = assessElementMaturity(evidence({ score: 95, trend: 'falling' }));
    expect(result.level).toBe('not-yet');
    expect(result.toNextLevel).toContainEqual({ code: 'trend_falling' });
  });

  it('gives * without a known trend or leader view, but not **', () => {
    const result = assessElementMaturity(evidence({ trend: 'unknown', gap: null }));
    expect(result.level).toBe('*');
    expect(result.toNextLevel.map((r) => r.code)).toEqual(['trend_unknown', 'gap_unknown']);
  });

  it('names the weak phase and the gap that block a level', () => {
    const result = assessElementMaturity(
      evidence({ phases: { design: 82, implementation: 85, evaluation: 60 }, score: 80, gap: -20 }),
    );
    expect(result.level).toBe('*');
    expect(result.toNextLevel).toEqual([
      { code: 'phase_low', phase: 'evaluation', value: 60, threshold: 65 },
      { code: 'gap_large', value: 20, threshold: 15 },
    ]);
  });

  it('gives each phase, in INK order, the highest level its score supports', () => {
    const result = assessElementMaturity(
      evidence({
        phases: { design: 49.9, implementation: 65, evaluation: null },
        phaseBasis: { design: { rounds: 2, answers: 14 } },
      }),
    );
    expect(result.phases).toEqual([
      { phase: 'design', score: 49.9, meets: 'not-yet', basis: { rounds: 2, answers: 14 } },
      { phase: 'implementation', score: 65, meets: '**' },
      { phase: 'evaluation', score: null, meets: null },
    ]);
    expect(assessElementMaturity(evidence({ phases: { design: 80, implementation: 50 } })).phases).toEqual([
      { phase: 'design', score: 80, meets: '***' },
      { phase: 'implementation', score: 50, meets: '*' },
      { phase: 'evaluation', score: null, meets: null },
    ]);
  });

  it('needs all three phases', () => {
    const result = assessElementMaturity(evidence({ phases: { design: 90, implementation: 90 } }));
    expect(result.level).toBe('not-yet');
    expect(result.toNextLevel).toContainEqual({ code: 'phase_unknown', phase: 'evaluation' });
  });

  it('gives *** for excellent, improving or stable results with leaders and team aligned', () => {
    const result = assessElementMaturity(
      evidence({
        score: 88,
        phases: { design: 85, implementation: 88, evaluation: 82 },
        trend: 'improving',
        gap: -4,
      }),
    );
    expect(result).toMatchObject({ level: '***', nextLevel: null, toNextLevel: [] });
  });
});

describe('indicative overall maturity', () => {
  it('is the level of the weakest element', () => {
    const elements = ELEMENT_KEYS.map((element, i) =>
      assessElementMaturity(
        evidence({ element, ...(i === 3 ? { trend: 'unknown' as const, gap: null } : {}) }),
      ),
    );
    const overall = assessOverallMaturity(elements);
    expect(overall.level).toBe('*');
    expect(overall.toNextLevel).toEqual([{ code: 'element_below', element: 'culture', level: '*' }]);
  });

  it('is not-yet while an element has no assessment', () => {
    const overall = assessOverallMaturity([assessElementMaturity(evidence())]);
    expect(overall.level).toBe('not-yet');
    expect(overall.toNextLevel).toHaveLength(8);
    expect(overall.caveatKey).toBe(MATURITY_CAVEAT_KEY);
  });
});
