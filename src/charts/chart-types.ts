import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../model/keys.ts';
import type { HiddenReason } from '../messages/types.ts';

/** A Vega-Lite specification, with its data inline: it renders without loading anything. */
export type ChartSpec = TopLevelSpec;

/**
 * How hidden figures are written. `mark` is the short text in a chart cell
 * ("n<k"), `reason` the sentence for notes and descriptions.
 */
export interface HiddenLabels {
  readonly mark: Readonly<Record<HiddenReason, string>>;
  readonly reason: Readonly<Record<HiddenReason, string>>;
}

/**
 * Texts every chart needs. All wording comes from the caller, already in the
 * reader's language; `locale` only formats numbers.
 */
export interface BaseChartLabels {
  readonly locale: Locale;
  readonly title: string;
  /** A line under the title, e.g. who answered ("n = 12 respondents"). */
  readonly subtitle?: string;
  /** The word for the number of respondents, usually "n". */
  readonly n: string;
  readonly hidden: HiddenLabels;
}

/**
 * `wide` for a page or a chat image; `narrow` for a phone (about 340 CSS
 * pixels across), where the text keeps its size and the chart reflows
 * around it: a narrower plot, longer names on more lines, fewer ticks.
 */
export type ChartLayout = 'wide' | 'narrow';

/** Size of the plotting area in pixels; charts choose sensible defaults for their layout. */
export interface ChartSize {
  readonly width?: number;
  readonly height?: number;
  readonly layout?: ChartLayout;
}
