import { DateTime } from 'luxon';
import { PulseError } from '../errors.ts';
import { periodRange, type Granularity, type PeriodKey } from '../core/periods.ts';
import type { Locale } from '../model/keys.ts';
import { t } from './i18n/translate.ts';

/** A period as the reports receive it: the sortable key and its kind. */
export interface PeriodRef {
  readonly key: PeriodKey;
  readonly kind: Granularity;
}

/**
 * A period in words: "Week 47, 2026", "March 2026" / "maart 2026",
 * "Q1 2026" / "1e kwartaal 2026". The ISO week-year is used for weeks, so
 * 2026-W53 reads "Week 53, 2026" even though it ends in January.
 */
export function periodLabel(period: PeriodRef | PeriodKey, locale: Locale): string {
  const key = typeof period === 'string' ? period : period.key;
  // periodRange validates the key (a real week, month or quarter) before it is read.
  const start = DateTime.fromJSDate(periodRange(key, 'UTC').start, { zone: 'UTC' });
  const kind = kindOf(key);
  if (typeof period !== 'string' && period.kind !== kind) {
    throw new PulseError('usage', `The period "${key}" is a ${kind}, not a ${period.kind}.`);
  }
  switch (kind) {
    case 'week':
      return t(locale, 'period.week', { week: String(start.weekNumber), year: String(start.weekYear) });
    case 'month':
      return start.setLocale(locale).toFormat('LLLL yyyy');
    case 'quarter':
      return t(locale, 'period.quarter', { quarter: String(start.quarter), year: String(start.year) });
  }
}

function kindOf(key: PeriodKey): Granularity {
  if (key.includes('-W')) return 'week';
  if (key.includes('-Q')) return 'quarter';
  return 'month';
}
