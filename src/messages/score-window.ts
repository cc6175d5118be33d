import { periodKey } from '../core/periods.ts';
import type { Locale } from '../model/keys.ts';
import { localDate } from './dates.ts';
import { t } from './i18n/translate.ts';

/** The window a report's scores pool, and the moment it was read. */
export interface ScoreWindowInput {
  readonly weeks: number;
  readonly asOf: Date;
}

/** The window in words and as data (its length and the ISO week it ends with, for exports). */
export interface ScoreWindowFields {
  readonly windowLabel?: string;
  readonly scoreWindow?: { readonly weeks: number; readonly asOfWeek: string };
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
    scoreWindow: { weeks: window.weeks, asOfWeek: periodKey(window.asOf, 'week', timeZone) },
  };
}
