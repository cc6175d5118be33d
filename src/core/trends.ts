import { PulseError } from '../errors.ts';
import { Z_95 } from './stats.ts';

/** A score and its standard error, as in `AgreeSummary`. */
export interface ScoreEstimate {
  readonly score: number;
  readonly standardError: number | null;
}

export interface Change {
  /** Current minus previous, in score points. */
  readonly difference: number;
  /** √(SE₁² + SE₂²); null when either side has no standard error. */
  readonly standardError: number | null;
  /** z (1.96) × the combined standard error: a change within ± this is noise; null without one. */
  readonly noise: number | null;
  /** |difference| > noise. */
  readonly beyondNoise: boolean;
  /** 'flat' unless the change is beyond noise. */
  readonly direction: 'up' | 'down' | 'flat';
}

/** Periods used for the slope (the last six). */
export const TREND_WINDOW = 6;
/** Fewest scored periods in the window before a slope is given. */
export const TREND_MIN_PERIODS = 3;
/** |slope| below this many score points per period counts as stable. */
export const STABLE_SLOPE_POINTS = 1;
/** Weight of the newest period in the smoothed line. */
export const SMOOTHING_ALPHA = 0.5;

export type TrendDirection = 'improving' | 'stable' | 'falling' | 'unknown';

/**
 * Change against the previous period and whether it is beyond noise (95%,
 * or the band `z` gives). Show it only where `comparisonAllowed` (anonymity)
 * says so.
 */
export function compareToPrevious(current: ScoreEstimate, previous: ScoreEstimate, z: number = Z_95): Change {
  const difference = current.score - previous.score;
  const standardError =
    current.standardError === null || previous.standardError === null
      ? null
      : Math.sqrt(current.standardError ** 2 + previous.standardError ** 2);
  const noise = standardError === null ? null : z * standardError;
  const beyondNoise = noise !== null && Math.abs(difference) > noise;
  return {
    difference,
    standardError,
    noise,
    beyondNoise,
    direction: !beyondNoise ? 'flat' : difference > 0 ? 'up' : 'down',
  };
}

/**
 * Least-squares slope in score points per period over the last `window`
 * periods (oldest first). Suppressed or empty periods are null: they are left
 * out but keep their place on the time axis. Null with fewer than
 * TREND_MIN_PERIODS scored periods.
 */
export function trendSlope(scores: readonly (number | null)[], window = TREND_WINDOW): number | null {
  const recent = scores.slice(-window);
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  recent.forEach((y, x) => {
    if (y === null) return;
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  });
  if (n < TREND_MIN_PERIODS) return null;
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

/** Names a slope: |slope| < STABLE_SLOPE_POINTS is stable; null is unknown. */
export function trendDirection(slope: number | null, stableWithin = STABLE_SLOPE_POINTS): TrendDirection {
  if (slope === null) return 'unknown';
  if (slope >= stableWithin) return 'improving';
  if (slope <= -stableWithin) return 'falling';
  return 'stable';
}

/**
 * The smoothed line: an exponentially weighted moving average,
 * s_t = α·x_t + (1 − α)·s_(t−1), starting at the first scored period. A null
 * period stays null in the line and leaves the average untouched, so a
 * suppressed period never shows through.
 */
export function smoothScores(scores: readonly (number | null)[], alpha = SMOOTHING_ALPHA): (number | null)[] {
  if (!(alpha > 0 && alpha <= 1)) {
    throw new PulseError('usage', `The smoothing weight must be above 0 and at most 1; got ${alpha}.`);
  }
  let level: number | null = null;
  return scores.map((x) => {
    if (x === null) return null;
    level = level === null ? x : alpha * x + (1 - alpha) * level;
    return level;
  });
}
