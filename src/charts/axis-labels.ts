import type { ChartLayout } from './chart-types.ts';
import { textWidth, wrapText } from './text-width.ts';

/** Axis labels' size (CHART_CONFIG) and Vega's line height for it. */
export const LABEL_FONT_SIZE = 11;
const LINE_HEIGHT = LABEL_FONT_SIZE + 2;

/** How wide a name beside a bar may be before it wraps, per layout. */
export const NAME_WIDTH: Readonly<Record<ChartLayout, number>> = { wide: 200, narrow: 100 };

/** The plot of a bar or dot chart beside its names on a page. */
export const WIDE_BAR_PLOT = 420;

/**
 * A narrow chart's whole width: a phone 390 pixels across leaves a chart
 * about 330, and one no wider is drawn at its own size, text and all.
 */
const NARROW_CHART_WIDTH = 320;
// The chart's padding, the axis's gap to its labels and the ticks, around names and plot.
const CHART_FURNITURE = 36;

/**
 * The plot of a bar or dot chart beside its names: on a page the usual
 * width, on a phone what is left once the names (`namesWidth`) and the text
 * after the bars (`trailingWidth`) have their room.
 */
export function barPlotWidth(layout: ChartLayout, namesWidth: number, trailingWidth: number): number {
  if (layout === 'wide') return WIDE_BAR_PLOT;
  const left = NARROW_CHART_WIDTH - CHART_FURNITURE - namesWidth - trailingWidth;
  return Math.round(Math.min(140, Math.max(80, left)));
}

/** How wide the widest of `texts` is at the chart's label size. */
export function widestText(texts: readonly string[], bold = false): number {
  return Math.max(0, ...texts.map((text) => textWidth(text, LABEL_FONT_SIZE, bold)));
}

export interface WrappedNames {
  /** The most lines any one name takes. */
  readonly lines: number;
  /** The widest line, in pixels. */
  readonly width: number;
  /**
   * The axis properties that draw each name on its lines: the axis looks the
   * name up in a table of its lines, so the data keep the name as it is.
   * Vega draws further lines below the first, so each label moves up by half
   * of them (`'side'`, centred on its band) or all of them (`'top'`, clear of
   * the plot below).
   */
  readonly axis: (position: 'side' | 'top') => { readonly encoding: object };
}

/**
 * Names broken at spaces onto up to three lines no wider than `maxWidth`
 * (measured in the chart font), instead of being cut off.
 *
 * @example axis: { ...wrappedNames(['Vision, mission and strategy'], 120).axis('side') }
 */
export function wrappedNames(names: readonly string[], maxWidth: number): WrappedNames {
  const lines = Object.fromEntries(names.map((name) => [name, wrapText(name, maxWidth, LABEL_FONT_SIZE)]));
  const table = JSON.stringify(lines);
  const extraLines = `(length(${table}[datum.value] || [0]) - 1)`;
  return {
    lines: Math.max(1, ...Object.values(lines).map((wrapped) => wrapped.length)),
    width: widestText(Object.values(lines).flat()),
    axis: (position) => ({
      encoding: {
        labels: {
          text: { value: { expr: `${table}[datum.value] || datum.label` } },
          dy: { value: { expr: `-${extraLines} * ${position === 'top' ? LINE_HEIGHT : LINE_HEIGHT / 2}` } },
        },
      },
    }),
  };
}

/** A band tall enough for `lines` lines of label and at least `minimum` pixels. */
export function bandFor(lines: number, minimum: number): number {
  return Math.max(minimum, lines * LINE_HEIGHT + 6);
}
