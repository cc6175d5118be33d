import type { TargetKind } from '../model/keys.ts';

/** The figures documents carry: a score shown with its n or hidden with the reason, and rows and series of them. */

/** Why a figure is not shown. */
export type HiddenReason =
  | 'below_k'
  | 'complementary'
  | 'membership_change'
  | 'comments_below_k'
  | 'no_data'
  /** Over time: the period had no round that asked it (unlike `below_k`, where it was asked and hidden). */
  | 'not_asked';

export type TrendArrow = 'up' | 'down' | 'flat' | 'unknown';

/** A figure that is either shown with its n, or hidden with the reason. */
export interface ScoreCell {
  readonly score: number | null;
  readonly n: number;
  readonly hidden?: HiddenReason;
  readonly favourablePercent?: number;
  readonly interval?: readonly [number, number];
  /** Why the figure is hidden, in words ("Hidden: fewer than 5 people answered"). */
  readonly hiddenLabel?: string;
  /** A pooled score: the rounds and distinct statements behind it (`n` is then its answers). */
  readonly rounds?: number;
  readonly statements?: number;
  /** What stands behind a pooled score, in words ("n = 34 · 3 rounds · 5 statements"). */
  readonly basisLabel?: string;
}

export interface ScoreRow extends ScoreCell {
  readonly target: { readonly kind: TargetKind; readonly key: string };
  readonly label: string;
  readonly trend: TrendArrow;
  readonly change?: number;
  readonly changeBeyondNoise?: boolean;
  /** The trend in words ("Up 8 points since last time"), for screen readers and plain text. */
  readonly trendLabel?: string;
}

export interface GapRow {
  readonly target: { readonly kind: TargetKind; readonly key: string };
  readonly label: string;
  readonly self: number;
  readonly team: number;
  readonly gap: number;
  readonly verdict: 'aligned' | 'leader-higher' | 'leader-lower';
  readonly verdictLabel: string;
}

export interface CultureRow {
  readonly valueKey: string;
  readonly label: string;
  readonly facetLabel: string;
  readonly current: ScoreCell;
  readonly desired?: ScoreCell;
}

export interface SeriesPoint {
  readonly period: string;
  readonly value: number | null;
  readonly n: number;
  readonly hidden?: HiddenReason;
  /** The period in words ("Week 47, 2026"); `period` is the sortable key. */
  readonly label?: string;
}

export interface HeatmapRow {
  readonly team: { readonly id: string; readonly name: string };
  readonly cells: readonly (ScoreCell & { readonly elementKey: string })[];
}
