import { describe, expect, it } from 'vitest';
import {
  compareToPrevious,
  periodKey,
  periodRange,
  recentPeriods,
  shiftPeriod,
  smoothScores,
  trendDirection,
  trendSlope,
} from '../../src/core/index.ts';

describe('change against the previous period', () => {
  it('flags a change only beyond 1.96 combined standard errors', () => {
    const big = compareToPrevious({ score: 70, standardError: 3 }, { score: 55, standardError: 4 });
    expect(big).toMatchObject({ difference: 15, standardError: 5, beyondNoise: true, direction: 'up' });
    const small = compareToPrevious({ score: 60, standardError: 3 }, { score: 55, standardError: 4 });
    expect(small).toMatchObject({ beyondNoise: false, direction: 'flat' });
    const down = compareToPrevious({ score: 40, standardError: 2 }, { score: 55, standardError: 2 });
    expect(down.direction).toBe('down');
  });

  it('never calls a change real without standard errors', () => {
    expect(
      compareToPrevious({ score: 100, standardError: null }, { score: 0, standardError: 3 }).beyondNoise,
    ).toBe(false);
  });
});

describe('trend', () => {
  it('is the least-squares slope over the last six periods', () => {
    expect(trendSlope([0, 0, 50, 52, 54, 56, 58, 60])).toBeCloseTo(2, 10);
    expect(trendSlope([60, 58, 56])).toBeCloseTo(-2, 10);
  });

  it('skips suppressed periods but keeps their place in time', () => {
    expect(trendSlope([50, null, 54, null, 58])).toBeCloseTo(2, 10);
    expect(trendSlope([50, null, null, 56])).toBeNull();
  });

  it('names the direction with a stable band of one point per period', () => {
    expect(trendDirection(2)).toBe('improving');
    expect(trendDirection(0.5)).toBe('stable');
    expect(trendDirection(-1)).toBe('falling');
    expect(trendDirection(null)).toBe('unknown');
  });

  it('smooths with an exponentially weighted average and keeps gaps', () => {
    expect(smoothScores([60, 40, null, 80])).toEqual([60, 50, null, 65]);
    expect(() => smoothScores([1], 0)).toThrow(/smoothing weight/);
  });
});

describe('periods', () => {
  it('buckets by ISO week, month and quarter in the chosen zone', () => {
    const lateSunday = new Date('2026-03-29T22:30:00Z'); // Monday 00:30 in Amsterdam, Sunday in New York
    expect(periodKey(lateSunday, 'week', 'Europe/Amsterdam')).toBe('2026-W14');
    expect(periodKey(lateSunday, 'week', 'America/New_York')).toBe('2026-W13');
    expect(periodKey(new Date('2026-12-31T23:30:00Z'), 'month', 'Europe/Amsterdam')).toBe('2027-01');
    expect(periodKey(new Date('2026-12-31T23:30:00Z'), 'quarter', 'UTC')).toBe('2026-Q4');
    expect(periodKey(new Date('2027-01-01T12:00:00Z'), 'week', 'UTC')).toBe('2026-W53');
  });

  it('gives local-midnight boundaries, also across DST', () => {
    expect(periodRange('2026-W13', 'Europe/Amsterdam')).toEqual({
      key: '2026-W13',
      start: new Date('2026-03-22T23:00:00Z'),
      end: new Date('2026-03-29T22:00:00Z'),
    });
    expect(periodRange('2026-Q4', 'America/New_York').end).toEqual(new Date('2027-01-01T05:00:00Z'));
  });

  it('steps through periods and lists recent ones oldest first', () => {
    expect(shiftPeriod('2026-W01', -1)).toBe('2025-W52');
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(recentPeriods(new Date('2026-02-10T12:00:00Z'), 'month', 'UTC', 3)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(() => periodRange('2026-W60', 'UTC')).toThrow(/not a period/);
  });
});
