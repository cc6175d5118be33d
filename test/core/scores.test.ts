import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreeStatsOf,
  mergeAgreeStats,
  npsStatsOf,
  participationRate,
  scoreFromMean,
  summarizeAgree,
  summarizeNps,
  tQuantile95,
} from '../../src/core/index.ts';
import { isPulseError } from '../../src/errors.ts';

describe('agreement scores', () => {
  it('reports n, mean, score, favourable % and leaves "don\'t know" out', () => {
    const summary = summarizeAgree(agreeStatsOf([5, 4, 4, 3, 2, null, null]));
    expect(summary).toMatchObject({ n: 5, mean: 3.6, score: 65, favourablePercent: 60 });
  });

  it('gives a Student-t 95% interval around the mean', () => {
    const summary = summarizeAgree(agreeStatsOf([5, 4, 4, 3, 2]));
    // s = 1.1402, SE = 0.5099, t(4) = 2.776 → ± 1.4155
    expect(summary?.meanInterval.low).toBeCloseTo(2.1845, 3);
    expect(summary?.meanInterval.high).toBeCloseTo(5, 3); // clipped to the scale
    expect(summary?.standardError).toBeCloseTo(12.748, 2);
  });

  it('has no answers → no figure, one answer → the whole scale', () => {
    expect(summarizeAgree(agreeStatsOf([null, null]))).toBeNull();
    const one = summarizeAgree(agreeStatsOf([4]));
    expect(one?.scoreInterval).toEqual({ low: 0, high: 100 });
    expect(one?.standardError).toBeNull();
  });

  it('gives the same figure from merged statistics as from the answers', () => {
    const a = [1, 2, 3, 4, 5, 5];
    const b = [3, 3, 4];
    expect(summarizeAgree(mergeAgreeStats([agreeStatsOf(a), agreeStatsOf(b)]))).toEqual(
      summarizeAgree(agreeStatsOf([...a, ...b])),
    );
  });

  it('rejects answers off the scale and impossible statistics', () => {
    expect(() => agreeStatsOf([6])).toThrow(/1 to 5/);
    try {
      summarizeAgree({ count: 2, sum: 11, sumOfSquares: 61, favourable: 2 });
      expect.unreachable();
    } catch (error) {
      expect(isPulseError(error, 'usage')).toBe(true);
    }
  });

  it('maps the scale onto 0–100', () => {
    expect(scoreFromMean(1)).toBe(0);
    expect(scoreFromMean(3)).toBe(50);
    expect(scoreFromMean(5)).toBe(100);
  });

  it('uses the t table for small samples and approaches 1.96', () => {
    expect(tQuantile95(1)).toBe(12.706);
    expect(tQuantile95(30)).toBe(2.042);
    expect(tQuantile95(31)).toBeCloseTo(2.0395, 3);
    expect(tQuantile95(120)).toBeCloseTo(1.9799, 3);
    expect(tQuantile95(1e6)).toBeCloseTo(1.96, 3);
  });

  it('aggregates a million answers from sufficient statistics', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i % 5) + 1);
    const summary = summarizeAgree(agreeStatsOf(values));
    expect(summary?.n).toBe(1_000_000);
    expect(summary?.score).toBe(50);
    expect(summary?.favourablePercent).toBe(40);
  });
});

describe('eNPS', () => {
  it('is % promoters minus % detractors', () => {
    const summary = summarizeNps(npsStatsOf([10, 9, 9, 8, 7, 6, 0, null]));
    expect(summary).toMatchObject({ n: 7, enps: ((3 - 2) / 7) * 100 });
    expect(summary?.passivesPercent).toBeCloseTo((2 / 7) * 100, 10);
  });

  it('rejects answers off the 0–10 scale', () => {
    expect(() => npsStatsOf([11])).toThrow(/0 to 10/);
  });
});

describe('participation', () => {
  it('is respondents over invited, as a percentage', () => {
    expect(participationRate(6, 8)).toBe(75);
    expect(participationRate(0, 0)).toBeNull();
    expect(() => participationRate(9, 8)).toThrow(/More respondents/);
  });
});

describe('score ranges (property)', () => {
  const answers = fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)), { maxLength: 60 });

  it('keeps score and favourable % in 0–100 and the interval around the mean within the scale', () => {
    fc.assert(
      fc.property(answers, (values) => {
        const summary = summarizeAgree(agreeStatsOf(values));
        if (summary === null) {
          expect(values.every((v) => v === null)).toBe(true);
          return;
        }
        const { score, favourablePercent, scoreInterval, meanInterval, mean } = summary;
        for (const x of [score, favourablePercent, scoreInterval.low, scoreInterval.high]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(100);
        }
        expect(scoreInterval.low).toBeLessThanOrEqual(score + 1e-9);
        expect(scoreInterval.high).toBeGreaterThanOrEqual(score - 1e-9);
        expect(meanInterval.low).toBeLessThanOrEqual(mean + 1e-9);
        expect(meanInterval.high).toBeGreaterThanOrEqual(mean - 1e-9);
        expect(meanInterval.low).toBeGreaterThanOrEqual(1);
        expect(meanInterval.high).toBeLessThanOrEqual(5);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps eNPS within −100…100 and its interval around it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 80 }), (values) => {
        const summary = summarizeNps(npsStatsOf(values));
        expect(summary).not.toBeNull();
        if (!summary) return;
        expect(summary.enps).toBeGreaterThanOrEqual(-100);
        expect(summary.enps).toBeLessThanOrEqual(100);
        expect(summary.interval.low).toBeGreaterThanOrEqual(-100);
        expect(summary.interval.high).toBeLessThanOrEqual(100);
        expect(summary.interval.low).toBeLessThanOrEqual(summary.enps + 1e-9);
        expect(summary.interval.high).toBeGreaterThanOrEqual(summary.enps - 1e-9);
        const parts = summary.promotersPercent + summary.passivesPercent + summary.detractorsPercent;
        expect(parts).toBeCloseTo(100, 9);
      }),
      { numRuns: 500 },
    );
  });
});
