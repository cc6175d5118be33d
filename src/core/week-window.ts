import { PulseError } from '../errors.ts';
import { shiftPeriod, type PeriodKey } from './periods.ts';

/** Weeks of rounds a score (and the indicative level) pools, unless configured otherwise. */
export const DEFAULT_WINDOW_WEEKS = 12;

/** A run of ISO weeks ending with the week a figure is read in. */
export interface WeekWindow {
  /** First and last ISO week pooled, both included. */
  readonly from: PeriodKey;
  readonly to: PeriodKey;
  readonly weeks: number;
}

export interface WindowOptions {
  /** The week the figure is read in; the window ends with it. */
  readonly asOf: PeriodKey;
  /** Window length in weeks (default DEFAULT_WINDOW_WEEKS). */
  readonly weeks?: number;
}

/** The weeks a window covers, ending with `asOf`. */
export function weekWindow(options: WindowOptions): WeekWindow {
  const weeks = options.weeks ?? DEFAULT_WINDOW_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 2) {
    throw new PulseError('usage', `A score window must be a whole number of at least 2 weeks; got ${weeks}.`);
  }
  return { from: shiftPeriod(options.asOf, 1 - weeks), to: options.asOf, weeks };
}

/** Whether an ISO week lies in the window (ISO week keys sort in time order). */
export function inWindow(window: WeekWindow, week: PeriodKey): boolean {
  return week >= window.from && week <= window.to;
}
