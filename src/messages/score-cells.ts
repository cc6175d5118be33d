import { trendDirection, type TrendDirection } from '../core/trends.ts';
import type { Locale, TargetRef } from '../model/keys.ts';
import { t } from './i18n/translate.ts';
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
}

/** A figure over time: its change against the previous period and its slope. */
export interface TrendFigureInput extends FigureInput {
  readonly target: TargetRef;
  /** From `compareToPrevious`; give it only where `comparisonAllowed` said yes. */
  readonly change?: { readonly difference: number; readonly beyondNoise: boolean } | null;
  /** From `trendSlope`; `direction` wins when both are given. */
  readonly slope?: number | null;
  readonly direction?: TrendDirection;
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
 * A change beyond noise since last time is the clearest signal, so it sets
 * the arrow; otherwise the slope over recent periods does; a change within
 * noise alone reads as flat.
 */
function describeTrend(
  change: { readonly difference: number; readonly beyondNoise: boolean } | undefined,
  direction: TrendDirection,
  locale: Locale,
): { trend: TrendArrow; trendLabel: string } {
  if (change?.beyondNoise && whole(change.difference) !== 0) {
    const points = Math.abs(whole(change.difference));
    return change.difference > 0
      ? { trend: 'up', trendLabel: t(locale, 'trend.up', { points }) }
      : { trend: 'down', trendLabel: t(locale, 'trend.down', { points }) };
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
