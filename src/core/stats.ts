import { PulseError } from '../errors.ts';

/**
 * Sufficient statistics of 5-point agreement answers (1–5; "don't know" left
 * out). The store can compute them in SQL — COUNT(*), SUM(v), SUM(v*v),
 * SUM(CASE WHEN v >= 4 THEN 1 ELSE 0 END) — and merge them across groups and
 * periods by adding; the core finishes the maths from them.
 */
export interface AgreeStats {
  readonly count: number;
  readonly sum: number;
  readonly sumOfSquares: number;
  /** Answers of 4 or 5 (top-2 box). */
  readonly favourable: number;
}

/** Sufficient statistics of 0–10 eNPS answers: promoters 9–10, detractors 0–6. */
export interface NpsStats {
  readonly count: number;
  readonly promoters: number;
  readonly detractors: number;
}

export const EMPTY_AGREE_STATS: AgreeStats = { count: 0, sum: 0, sumOfSquares: 0, favourable: 0 };
export const EMPTY_NPS_STATS: NpsStats = { count: 0, promoters: 0, detractors: 0 };

/** The two-sided 95% normal quantile. */
export const Z_95 = 1.959963984540054;

/**
 * The two-sided normal quantile that keeps nine tests together at 95%
 * (Bonferroni: 1 − 0.05 / 18). A team's level reads nine elements' trends at
 * once; at plain 95% a steady team would see one of them "fall" by chance
 * about one time in five, and drop a level for it.
 */
export const Z_95_OF_NINE = 2.772921294608662;

/** Accumulates agreement answers in one pass; `null` (don't know) is skipped. */
export function agreeStatsOf(values: Iterable<number | null>): AgreeStats {
  let count = 0;
  let sum = 0;
  let sumOfSquares = 0;
  let favourable = 0;
  for (const v of values) {
    if (v === null) continue;
    if (!Number.isInteger(v) || v < 1 || v > 5) {
      throw new PulseError(
        'answer_invalid',
        `An agreement answer must be a whole number from 1 to 5; got ${v}.`,
      );
    }
    count++;
    sum += v;
    sumOfSquares += v * v;
    if (v >= 4) favourable++;
  }
  return { count, sum, sumOfSquares, favourable };
}

/** Accumulates eNPS answers (0–10) in one pass; `null` is skipped. */
export function npsStatsOf(values: Iterable<number | null>): NpsStats {
  let count = 0;
  let promoters = 0;
  let detractors = 0;
  for (const v of values) {
    if (v === null) continue;
    if (!Number.isInteger(v) || v < 0 || v > 10) {
      throw new PulseError('answer_invalid', `An eNPS answer must be a whole number from 0 to 10; got ${v}.`);
    }
    count++;
    if (v >= 9) promoters++;
    else if (v <= 6) detractors++;
  }
  return { count, promoters, detractors };
}

export function mergeAgreeStats(parts: Iterable<AgreeStats>): AgreeStats {
  let count = 0;
  let sum = 0;
  let sumOfSquares = 0;
  let favourable = 0;
  for (const p of parts) {
    count += p.count;
    sum += p.sum;
    sumOfSquares += p.sumOfSquares;
    favourable += p.favourable;
  }
  return { count, sum, sumOfSquares, favourable };
}

export function mergeNpsStats(parts: Iterable<NpsStats>): NpsStats {
  let count = 0;
  let promoters = 0;
  let detractors = 0;
  for (const p of parts) {
    count += p.count;
    promoters += p.promoters;
    detractors += p.detractors;
  }
  return { count, promoters, detractors };
}

/**
 * Checks statistics that came from outside (e.g. SQL) for consistency: whole
 * counts, favourable ≤ count, and a sum and sum of squares that 1–5 answers
 * can produce.
 */
export function assertAgreeStats(stats: AgreeStats): void {
  const { count, sum, sumOfSquares, favourable } = stats;
  const ok =
    Number.isInteger(count) &&
    count >= 0 &&
    Number.isInteger(favourable) &&
    favourable >= 0 &&
    favourable <= count &&
    sum >= count &&
    sum <= 5 * count &&
    sumOfSquares >= (count > 0 ? (sum * sum) / count - 1e-6 : 0) &&
    sumOfSquares <= 25 * count;
  if (!ok) {
    throw new PulseError(
      'usage',
      `Inconsistent answer statistics (count ${count}, sum ${sum}, sum of squares ${sumOfSquares}, favourable ${favourable}).`,
    );
  }
}

export function assertNpsStats(stats: NpsStats): void {
  const { count, promoters, detractors } = stats;
  const whole = [count, promoters, detractors].every((n) => Number.isInteger(n) && n >= 0);
  if (!whole || promoters + detractors > count) {
    throw new PulseError(
      'usage',
      `Inconsistent eNPS statistics (count ${count}, promoters ${promoters}, detractors ${detractors}).`,
    );
  }
}

/** Sample variance (n − 1) of the answers; null below two answers. */
export function sampleVariance(stats: AgreeStats): number | null {
  if (stats.count < 2) return null;
  const variance = (stats.sumOfSquares - (stats.sum * stats.sum) / stats.count) / (stats.count - 1);
  return Math.max(0, variance);
}

// Student t, two-sided 95% (0.975 quantile), for 1–30 degrees of freedom.
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: a table up
 * to 30, then the Cornish–Fisher expansion around the normal quantile (error
 * below 0.0005), which tends to 1.96 as df grows.
 */
export function tQuantile95(df: number): number {
  if (!(df >= 1)) throw new PulseError('usage', `Degrees of freedom must be at least 1; got ${df}.`);
  const whole = Math.floor(df);
  const tabled = T_975[whole - 1];
  if (tabled !== undefined) return tabled;
  const z = Z_95;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * whole) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * whole ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * whole ** 3)
  );
}
