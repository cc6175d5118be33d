import { DateTime } from 'luxon';
import { periodKey, periodRange, type PeriodKey } from '../core/periods.ts';
import { weekWindow } from '../core/week-window.ts';
import type { Locale } from '../model/keys.ts';
import { localDate } from './dates.ts';
import { t } from './i18n/translate.ts';

/** The window a report's scores pool, and the moment it was read. */
export interface ScoreWindowInput {
  readonly weeks: number;
  readonly asOf: Date;
}

/**
 * A window as data, for exports: its length, the ISO week it ends with, and
 * its first and last day as ISO dates (`2026-09-07`), which every
 * spreadsheet reads as a date whatever its language.
 */
export interface ScoreWindowData {
  readonly weeks: number;
  readonly asOfWeek: PeriodKey;
  readonly from: string;
  readonly to: string;
}

/** The window in words and as data. */
export interface ScoreWindowFields {
  readonly windowLabel?: string;
  readonly scoreWindow?: ScoreWindowData;
}

/** What a report says about its window: its length and as-of date in the reader's words, nothing without one. */
export function scoreWindowFields(
  window: ScoreWindowInput | undefined,
  timeZone: string,
  locale: Locale,
): ScoreWindowFields {
  if (window === undefined) return {};
  return {
    windowLabel: t(locale, 'score.window', {
      weeks: window.weeks,
      date: localDate(window.asOf, timeZone, locale),
    }),
    scoreWindow: scoreWindowData(window, timeZone),
  };
}

/** A window as data: its weeks, from the first week's Monday up to the moment it was read. */
export function scoreWindowData(window: ScoreWindowInput, timeZone: string): ScoreWindowData {
  const asOfWeek = periodKey(window.asOf, 'week', timeZone);
  const first = weekWindow({ asOf: asOfWeek, weeks: window.weeks }).from;
  return {
    weeks: window.weeks,
    asOfWeek,
    from: isoDate(periodRange(first, timeZone).start, timeZone),
    to: isoDate(window.asOf, timeZone),
  };
}

/** A run of whole ISO weeks ending with `lastWeek` (a four-week period), Monday to Sunday. */
export function weeksWindow(lastWeek: PeriodKey, weeks: number): ScoreWindowData {
  const { from } = weekWindow({ asOf: lastWeek, weeks });
  const end = periodRange(lastWeek, 'UTC').end;
  return {
    weeks,
    asOfWeek: lastWeek,
    from: isoDate(periodRange(from, 'UTC').start, 'UTC'),
    to: isoDate(new Date(end.getTime() - 1), 'UTC'),
  };
}

function isoDate(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? '';
}
