import { describe, expect, it } from 'vitest';
import {
  agreeStatsOf,
  periodTrend,
  scorePeriods,
  shiftPeriod,
  type RoundSnapshot,
} from '../../src/core/index.ts';

const ASOF = '2026-W48';

/** A round `weeksAgo` weeks before ASOF: one answer per person, its locked k. */
function round(weeksAgo: number, values: readonly number[], k = 5): RoundSnapshot {
  return {
    week: shiftPeriod(ASOF, -weeksAgo),
    respondents: values.length,
    k,
    stats: agreeStatsOf(values),
    statementIds: ['s1'],
  };
}

const periodsOf = (rounds: readonly RoundSnapshot[]) =>
  scorePeriods(rounds, { asOf: ASOF, since: shiftPeriod(ASOF, -11), limit: 13 });
const always = () => true;

describe('the trend over four-week periods', () => {
  it('calls a fall beyond the noise a fall, and gives the noise it was measured against', () => {
    const high = [5, 5, 5, 4, 5, 5, 4, 5, 5, 5, 4, 5];
    const low = [2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2];
    const { change } = periodTrend(periodsOf([round(5, high), round(1, low)]), always);
    expect(change?.direction).toBe('down');
    expect(change?.beyondNoise).toBe(true);
    expect(change?.noise).toBeGreaterThan(0);
    expect(Math.abs(change?.difference ?? 0)).toBeGreaterThan(change?.noise ?? Infinity);
  });

  it('calls 60 → 45 on a handful of spread-out answers within the noise', () => {
    // Means 3.4 → 2.8: 60 and 45 points, from five people each.
    const before = [1, 5, 3, 4, 4];
    const after = [1, 5, 2, 3, 3];
    const { change } = periodTrend(periodsOf([round(6, before), round(2, after)]), always);
    expect(change?.difference).toBeCloseTo(-15, 9);
    expect(change?.beyondNoise).toBe(false);
    expect(change?.direction).toBe('flat');
    expect(change?.noise).toBeGreaterThan(15);
  });

  it('compares the two newest periods that were shown, skipping one that was hidden or not asked', () => {
    const shown = [4, 4, 5, 4, 4, 3];
    const periods = periodsOf([round(9, shown), round(5, [1, 1, 1]), round(1, shown)]);
    expect(periods.map((p) => p.status)).toEqual(['shown', 'hidden', 'shown']);
    expect(periodTrend(periods, always).change?.difference).toBe(0);
  });

  it('gives no change where membership moved too little between the periods to compare safely', () => {
    const periods = periodsOf([round(5, [4, 4, 4, 4, 4, 5]), round(1, [2, 2, 2, 2, 2, 1])]);
    expect(periodTrend(periods, () => false).change).toBeUndefined();
  });
});
