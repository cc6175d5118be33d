import { PulseError } from '../errors.ts';
import {
  assertAgreeStats,
  assertNpsStats,
  sampleVariance,
  tQuantile95,
  Z_95,
  type AgreeStats,
  type NpsStats,
} from './stats.ts';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * One figure for a group: n, mean (1–5), score 0–100 = (mean − 1) / 4 × 100,
 * favourable % (share of 4–5) and a 95% confidence interval.
 *
 * The interval is mean ± t(0.975, n − 1) × s / √n — Student's t for every n
 * (it becomes the normal interval as n grows), clipped to the scale. With one
 * answer there is no spread to estimate: the interval is the whole scale and
 * the standard error is null.
 */
export interface AgreeSummary {
  /** Answers counted ("don't know" excluded). */
  readonly n: number;
  readonly mean: number;
  readonly score: number;
  readonly favourablePercent: number;
  /** Standard error of the score, in score points; null below two answers. */
  readonly standardError: number | null;
  readonly meanInterval: Interval;
  readonly scoreInterval: Interval;
}

/** eNPS = % promoters (9–10) − % detractors (0–6), from −100 to 100. */
export interface EnpsSummary {
  readonly n: number;
  readonly promotersPercent: number;
  readonly passivesPercent: number;
  readonly detractorsPercent: number;
  readonly enps: number;
  /** Standard error of the eNPS in points; null below two answers. */
  readonly standardError: number | null;
  /** Normal-approximation 95% interval (± 1.96 SE), clipped to −100…100. */
  readonly interval: Interval;
}

/** Score 0–100 for a mean on the 1–5 scale. */
export function scoreFromMean(mean: number): number {
  return ((mean - 1) / 4) * 100;
}

/** Summarises agreement statistics; null when there are no answers. */
export function summarizeAgree(stats: AgreeStats): AgreeSummary | null {
  assertAgreeStats(stats);
  const n = stats.count;
  if (n === 0) return null;
  const mean = clamp(stats.sum / n, 1, 5);
  const variance = sampleVariance(stats);
  const meanSe = variance === null ? null : Math.sqrt(variance / n);
  const half = meanSe === null ? Infinity : tQuantile95(n - 1) * meanSe;
  const meanInterval = { low: clamp(mean - half, 1, 5), high: clamp(mean + half, 1, 5) };
  return {
    n,
    mean,
    score: scoreFromMean(mean),
    favourablePercent: (stats.favourable / n) * 100,
    standardError: meanSe === null ? null : meanSe * 25,
    meanInterval,
    scoreInterval: { low: scoreFromMean(meanInterval.low), high: scoreFromMean(meanInterval.high) },
  };
}

/** Summarises eNPS statistics; null when there are no answers. */
export function summarizeNps(stats: NpsStats): EnpsSummary | null {
  assertNpsStats(stats);
  const n = stats.count;
  if (n === 0) return null;
  const promoters = stats.promoters / n;
  const detractors = stats.detractors / n;
  const enps = (promoters - detractors) * 100;
  // Var(P − D) per answer = p + d − (p − d)²; multinomial, normal approximation.
  const se =
    n < 2 ? null : 100 * Math.sqrt(Math.max(0, promoters + detractors - (promoters - detractors) ** 2) / n);
  const half = se === null ? Infinity : Z_95 * se;
  return {
    n,
    promotersPercent: promoters * 100,
    passivesPercent: (1 - promoters - detractors) * 100,
    detractorsPercent: detractors * 100,
    enps,
    standardError: se,
    interval: { low: clamp(enps - half, -100, 100), high: clamp(enps + half, -100, 100) },
  };
}

/** Respondents as a percentage of those invited (0–100); null if nobody was invited. */
export function participationRate(respondents: number, invited: number): number | null {
  if (!Number.isInteger(respondents) || !Number.isInteger(invited) || respondents < 0 || invited < 0) {
    throw new PulseError(
      'usage',
      `Participation needs whole, non-negative counts; got ${respondents}/${invited}.`,
    );
  }
  if (respondents > invited) {
    throw new PulseError('usage', `More respondents (${respondents}) than people invited (${invited}).`);
  }
  return invited === 0 ? null : (respondents / invited) * 100;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
