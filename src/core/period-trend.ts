import type { PeriodKey } from './periods.ts';
import type { RollingScore } from './rolling-score.ts';
import { compareToPrevious, trendDirection, trendSlope, type Change, type TrendDirection } from './trends.ts';

export interface PeriodTrend {
  /** The newest shown period against the shown one before it, where the comparison may be shown. */
  readonly change?: Change;
  readonly direction: TrendDirection;
}

/**
 * How a target moves over its "scores over time" periods: the change between
 * the two newest periods that were shown (beyond noise or not, with the noise
 * itself so a label can say why), and the slope over the periods. A period
 * that was hidden or not asked keeps its place on the time axis but adds
 * nothing. `comparable` is the anonymity check between the newest rounds of
 * the two periods (membership may not have changed by only a few people).
 */
export function periodTrend(
  periods: readonly RollingScore[],
  comparable: (fromWeek: PeriodKey, toWeek: PeriodKey) => boolean,
): PeriodTrend {
  const shown = periods.filter((p) => p.summary !== null);
  const latest = shown.at(-1);
  const previous = shown.at(-2);
  const direction = trendDirection(trendSlope(periods.map((p) => p.summary?.score ?? null)));
  const from = previous?.weeks.at(-1);
  const to = latest?.weeks.at(-1);
  if (!latest?.summary || !previous?.summary || !from || !to || !comparable(from, to)) return { direction };
  return { change: compareToPrevious(latest.summary, previous.summary), direction };
}
