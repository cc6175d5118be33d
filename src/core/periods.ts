import { DateTime } from 'luxon';
import { PulseError } from '../errors.ts';
import { assertTimeZone } from './working-time.ts';

export const GRANULARITIES = ['week', 'month', 'quarter'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/**
 * Period keys sort as text in time order within one granularity:
 * ISO week `2026-W05` (weeks start on Monday; the ISO week-year), month
 * `2026-03`, quarter `2026-Q1`. Boundaries are local midnights in the zone the
 * caller chooses (the organisation's or the team's).
 */
export type PeriodKey = string;

export interface PeriodRange {
  readonly key: PeriodKey;
  /** First instant of the period. */
  readonly start: Date;
  /** First instant after the period (exclusive end). */
  readonly end: Date;
}

/** The period an instant falls in, seen from `timeZone`. */
export function periodKey(instant: Date, granularity: Granularity, timeZone: string): PeriodKey {
  assertTimeZone(timeZone);
  return keyOf(DateTime.fromJSDate(instant, { zone: timeZone }), granularity);
}

/** Start and (exclusive) end instants of a period in `timeZone`. */
export function periodRange(key: PeriodKey, timeZone: string): PeriodRange {
  assertTimeZone(timeZone);
  const { start, granularity } = parse(key, timeZone);
  return { key, start: start.toJSDate(), end: plusPeriods(start, granularity, 1).toJSDate() };
}

/** The period `offset` periods after (negative: before) `key`. */
export function shiftPeriod(key: PeriodKey, offset: number): PeriodKey {
  const { start, granularity } = parse(key, 'utc');
  return keyOf(plusPeriods(start, granularity, offset), granularity);
}

/** The last `count` periods up to and including the one holding `now`, oldest first. */
export function recentPeriods(
  now: Date,
  granularity: Granularity,
  timeZone: string,
  count: number,
): PeriodKey[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new PulseError(
      'usage',
      `The number of periods must be a whole number of at least 1; got ${count}.`,
    );
  }
  const current = periodKey(now, granularity, timeZone);
  return Array.from({ length: count }, (_, i) => shiftPeriod(current, i - count + 1));
}

function plusPeriods(t: DateTime, granularity: Granularity, count: number): DateTime {
  switch (granularity) {
    case 'week':
      return t.plus({ weeks: count });
    case 'month':
      return t.plus({ months: count });
    case 'quarter':
      return t.plus({ quarters: count });
  }
}

function keyOf(t: DateTime, granularity: Granularity): PeriodKey {
  switch (granularity) {
    case 'week':
      return `${t.weekYear}-W${pad(t.weekNumber)}`;
    case 'month':
      return `${t.year}-${pad(t.month)}`;
    case 'quarter':
      return `${t.year}-Q${t.quarter}`;
  }
}

function parse(key: PeriodKey, zone: string): { start: DateTime; granularity: Granularity } {
  let match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (match) {
    const start = DateTime.fromObject(
      { weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 },
      { zone },
    );
    if (start.isValid && keyOf(start, 'week') === key) return { start, granularity: 'week' };
  }
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match) {
    const start = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: 1 }, { zone });
    if (start.isValid) return { start, granularity: 'month' };
  }
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) {
    const month = (Number(match[2]) - 1) * 3 + 1;
    return {
      start: DateTime.fromObject({ year: Number(match[1]), month, day: 1 }, { zone }),
      granularity: 'quarter',
    };
  }
  throw new PulseError('usage', `"${key}" is not a period like "2026-W05", "2026-03" or "2026-Q1".`);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
