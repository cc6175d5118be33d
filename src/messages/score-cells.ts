import { trendDirection, type TrendDirection } from '../core/trends.ts';
import type { Locale, TargetRef } from '../model/keys.ts';
import { t, tn } from './i18n/translate.ts';
import type { HiddenReason, ScoreCell, ScoreRow, TrendArrow } from './types.ts';

/** A figure as the store and core compute it: a summary, or the reason there is none. */
export interface FigureInput {
  /** Respondents behind the figure. */
  readonly n: number;
  /** From `summarizeAgree` (score 0–100); absent or null when there were no answers. */
  readonly summary?: {
    readonly score: number;
    readonly favourablePercent: number;
    readonly scoreInterval?: { readonly low: number; readonly high: number };
  } | null;
  /** Set when the anonymity gate (or a roll-up) hid the figure. */
  readonly hidden?: HiddenReason;
  /** A score pooled over rounds: how many, and how many distinct statements (then `n` counts answers). */
  readonly basis?: { readonly rounds: number; readonly statements: number };
}

/** A figure over time: its change against the previous period and its slope. */
export interface TrendFigureInput extends FigureInput {
  readonly target: TargetRef;
  /** From `compareToPrevious`; give it only where `comparisonAllowed` said yes. */
  readonly change?: ChangeInput | null;
  /** From `trendSlope`; `direction` wins when both are given. */
  readonly slope?: number | null;
  readonly direction?: TrendDirection;
}

/** A change and, where known, the noise (± points) it is measured against. */
export interface ChangeInput {
  readonly difference: number;
  readonly beyondNoise: boolean;
  /** ± points within which a change is noise (from `compareToPrevious`); null without a standard error. */
  readonly noise: number | null;
}

export interface GateContext {
  readonly locale: Locale;
  readonly k: number;
  readonly commentK?: number;
}

/**
 * A figure ready to show, or hidden with the reason in words. The k check is
 * repeated here on purpose: whatever the caller forgot, a document never
 * carries a score, favourable % or interval from fewer than k people.
 * Figures are rounded to whole points so every adapter shows the same number.
 */
export function scoreCell(figure: FigureInput, context: GateContext): ScoreCell {
  const summary = figure.summary ?? undefined;
  const reason: HiddenReason | undefined =
    figure.hidden ?? (summary === undefined ? 'no_data' : figure.n < context.k ? 'below_k' : undefined);
  if (reason !== undefined || summary === undefined) {
    const hidden = reason ?? 'no_data';
    return { score: null, n: figure.n, hidden, hiddenLabel: hiddenLabel(hidden, context) };
  }
  const interval = summary.scoreInterval;
  return {
    score: whole(summary.score),
    n: figure.n,
    favourablePercent: whole(summary.favourablePercent),
    ...(interval === undefined ? {} : { interval: [whole(interval.low), whole(interval.high)] as const }),
    ...(figure.basis === undefined ? {} : basisOf(figure.n, figure.basis, context.locale)),
  };
}

function basisOf(n: number, basis: NonNullable<FigureInput['basis']>, locale: Locale) {
  return {
    rounds: basis.rounds,
    statements: basis.statements,
    basisLabel: t(locale, 'score.basis', {
      n,
      rounds: tn(locale, 'score.basis.rounds', basis.rounds),
      statements: tn(locale, 'score.basis.statements', basis.statements),
    }),
  };
}

/** A labelled row with its trend; a hidden row gets no change and no trend. */
export function scoreRow(figure: TrendFigureInput, label: string, context: GateContext): ScoreRow {
  const cell = scoreCell(figure, context);
  const target = { kind: figure.target.kind, key: figure.target.key };
  if (cell.hidden !== undefined) {
    return { ...cell, target, label, trend: 'unknown', trendLabel: t(context.locale, 'trend.unknown') };
  }
  const change = figure.change ?? undefined;
  const direction = figure.direction ?? trendDirection(figure.slope ?? null);
  const { trend, trendLabel } = describeTrend(change, direction, context.locale);
  return {
    ...cell,
    target,
    label,
    trend,
    trendLabel,
    ...(change === undefined
      ? {}
      : { change: whole(change.difference), changeBeyondNoise: change.beyondNoise }),
  };
}

/**
 * Rounded half away from zero, so a fall of 15.5 reads 16 just as a rise
 * does, and never "-0".
 */
export function whole(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value)) || 0;
}

export function hiddenLabel(reason: HiddenReason, context: GateContext): string {
  return t(context.locale, `hidden.${reason}`, { k: context.k, commentK: context.commentK ?? context.k });
}

/**
 * A change beyond noise since the previous period is the clearest signal, so
 * it sets the arrow, and its label says how far beyond the noise it went;
 * otherwise the slope over recent periods sets the arrow, and a change within
 * the noise says that it is (so 58 → 45 on a handful of answers reads "about
 * the same" with the reason beside it).
 */
function describeTrend(
  change: ChangeInput | undefined,
  direction: TrendDirection,
  locale: Locale,
): { trend: TrendArrow; trendLabel: string } {
  const noise = change?.noise ?? null;
  // Beyond noise implies a noise to be beyond; `noise !== null` only narrows the type.
  if (change?.beyondNoise && whole(change.difference) !== 0 && noise !== null) {
    const points = Math.abs(whole(change.difference));
    const params = { points, noise: Math.max(1, whole(noise)) };
    return change.difference > 0
      ? { trend: 'up', trendLabel: t(locale, 'trend.beyond.up', params) }
      : { trend: 'down', trendLabel: t(locale, 'trend.beyond.down', params) };
  }
  if (change !== undefined && noise !== null && direction !== 'improving' && direction !== 'falling') {
    const difference = whole(change.difference);
    const signed = difference > 0 ? `+${difference}` : difference < 0 ? `−${-difference}` : '0';
    return { trend: 'flat', trendLabel: t(locale, 'trend.within', { change: signed, noise: whole(noise) }) };
  }
  switch (direction) {
    case 'improving':
      return { trend: 'up', trendLabel: t(locale, 'trend.improving') };
    case 'falling':
      return { trend: 'down', trendLabel: t(locale, 'trend.falling') };
    case 'stable':
      return { trend: 'flat', trendLabel: t(locale, 'trend.flat') };
    case 'unknown':
      return change === undefined
        ? { trend: 'unknown', trendLabel: t(locale, 'trend.unknown') }
        : { trend: 'flat', trendLabel: t(locale, 'trend.flat') };
  }
}
