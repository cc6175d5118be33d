import type { SeriesPoint } from '../messages/types.ts';
import { formatN, formatNumber } from './chart-format.ts';
import { CHART_COLORS, CHART_CONFIG, titleBlock } from './chart-theme.ts';
import { textWidth, wrapText } from './text-width.ts';
import type { BaseChartLabels, ChartSize, ChartSpec } from './chart-types.ts';

export interface LineChartLabels extends BaseChartLabels {
  /** Title of the value axis, e.g. "Score (0–100)" or "Participation %". */
  readonly valueAxis: string;
  /** Title of the period axis; left out when the periods speak for themselves. */
  readonly periodAxis?: string;
}

export interface LineChartOptions extends ChartSize {
  /** Value axis range; defaults to 0–100 (scores and percentages). */
  readonly domain?: readonly [number, number];
  /** Appended to every value label, e.g. "%". */
  readonly unit?: string;
}

/**
 * A score or participation over time. Hidden periods break the line, carry
 * the short hidden mark where the n would be, and are listed with their
 * reason under the title; their value never enters the chart's data.
 *
 * @example
 * lineChartSpec([{ period: 'W1', value: 72, n: 14 }], { locale: 'en', title: 'Engagement', n: 'n',
 *   valueAxis: 'Score', hidden }) // → a Vega-Lite spec
 */
export function lineChartSpec(
  points: readonly SeriesPoint[],
  labels: LineChartLabels,
  options: LineChartOptions = {},
): ChartSpec {
  const layout = options.layout ?? 'wide';
  const width = options.width ?? (layout === 'narrow' ? 250 : 560);
  const height = options.height ?? (layout === 'narrow' ? 180 : 220);
  const unit = options.unit ?? '';
  const domain = options.domain ?? [0, 100];
  const values = points.map((point, index) => {
    const hidden = point.hidden ?? (point.value === null ? 'no_data' : undefined);
    if (hidden !== undefined) {
      return {
        index,
        period: point.period,
        value: null,
        below: labels.hidden.mark[hidden],
        description: `${point.period}: ${labels.hidden.reason[hidden]}`,
        hidden: true,
      };
    }
    const valueText = `${formatNumber(point.value ?? 0, labels.locale)}${unit}`;
    return {
      index,
      period: point.period,
      value: point.value,
      valueText,
      below: formatN(labels.n, point.n),
      description: `${point.period}: ${valueText}, ${formatN(labels.n, point.n)}`,
      hidden: false,
    };
  });

  const notes = hiddenNotes(points, labels).flatMap((note) => wrapText(note, width, 12, 4));
  const band = width / Math.max(1, points.length);
  const fits = (texts: readonly string[], bold: boolean) =>
    Math.max(0, ...texts.map((text) => textWidth(text, VALUE_FONT_SIZE, bold))) + 6;
  // Values sit over their points only when neighbours' values cannot touch; else the table has them.
  const showValues =
    fits(
      values.map((value) => value.valueText ?? ''),
      true,
    ) <= band;
  // The n row takes as many staggered rows as its widest entry needs, up to three; beyond, the table has them.
  const nRows = Math.ceil(
    fits(
      values.map((value) => value.below),
      false,
    ) / band,
  );
  const top = domain[0] + (domain[1] - domain[0]) * 0.85;
  const periods = points.map((point) => point.period);
  const x = {
    field: 'period',
    type: 'ordinal' as const,
    sort: periods,
    scale: { domain: periods },
    title: labels.periodAxis ?? null,
    axis: { labelAngle: 0, labelOverlap: true },
  };
  const y = {
    field: 'value',
    type: 'quantitative' as const,
    title: labels.valueAxis,
    scale: { domain: [...domain], nice: false, zero: false },
    axis: { tickCount: layout === 'narrow' ? 5 : 10 },
  };

  return {
    ...titleBlock(labels.title, [...(labels.subtitle ? [labels.subtitle] : []), ...notes]),
    description: `${labels.title}. ${values.map((value) => value.description).join('; ')}`,
    width,
    height,
    config: CHART_CONFIG,
    data: { values },
    encoding: { x },
    layer: [
      {
        // A dashed guide where a period is hidden, so the gap reads as deliberate.
        transform: [{ filter: 'datum.hidden' }],
        mark: { type: 'rule', aria: false, color: CHART_COLORS.hidden, strokeDash: [4, 4] },
      },
      {
        mark: {
          type: 'line',
          color: CHART_COLORS.primary,
          strokeWidth: 2,
          invalid: 'break-paths-filter-domains',
        },
        encoding: { y },
      },
      {
        transform: [{ filter: '!datum.hidden' }],
        mark: { type: 'point', filled: true, size: 55, color: CHART_COLORS.primary },
        encoding: {
          y,
          description: { field: 'description' },
          tooltip: [{ field: 'period' }, { field: 'valueText' }, { field: 'below' }],
        },
      },
      ...(showValues ? valueLayers(y, top) : []),
      ...(nRows <= 3 ? nRowLayers(nRows) : []),
    ],
  };
}

const VALUE_FONT_SIZE = 11;

/** Values over their points; near the top of the scale under them, clear of the n row above the plot. */
function valueLayers(y: object, top: number) {
  const layer = (filter: string, dy: number) => ({
    transform: [{ filter: `!datum.hidden && ${filter}` }],
    mark: { type: 'text' as const, aria: false, dy, fontWeight: 'bold' as const, fontSize: VALUE_FONT_SIZE },
    encoding: { y, text: { field: 'valueText' } },
  });
  return [layer(`datum.value < ${top}`, -11), layer(`datum.value >= ${top}`, 13)];
}

/** The n row just above the plot, one entry per period, staggered over `rows` rows so entries never touch. */
function nRowLayers(rows: number) {
  return Array.from({ length: rows }, (_, row) => ({
    transform: [{ filter: `datum.index % ${rows} == ${row}` }],
    mark: { type: 'text' as const, aria: false, fontSize: VALUE_FONT_SIZE, baseline: 'bottom' as const },
    encoding: {
      y: { value: -4 - row * (VALUE_FONT_SIZE + 2) },
      text: { field: 'below' },
      color: {
        condition: { test: 'datum.hidden', value: CHART_COLORS.hiddenText },
        value: CHART_COLORS.muted,
      },
    },
  }));
}

/** One line per hidden reason: "Fewer respondents than k: W3, W7". */
function hiddenNotes(points: readonly SeriesPoint[], labels: LineChartLabels): string[] {
  const byReason = new Map<string, string[]>();
  for (const point of points) {
    const hidden = point.hidden ?? (point.value === null ? 'no_data' : undefined);
    if (hidden === undefined) continue;
    const reason = labels.hidden.reason[hidden];
    byReason.set(reason, [...(byReason.get(reason) ?? []), point.period]);
  }
  return [...byReason].map(([reason, periods]) => `${reason}: ${periods.join(', ')}`);
}
