import type { CultureRow, ScoreCell } from '../messages/types.ts';
import { formatN, formatNumber } from './chart-format.ts';
import { barPlotWidth, bandFor, NAME_WIDTH, widestText, wrappedNames } from './axis-labels.ts';
import { CHART_COLORS, CHART_CONFIG, titleBlock } from './chart-theme.ts';
import type { BaseChartLabels, ChartSize, ChartSpec } from './chart-types.ts';

export interface CultureProfileLabels extends BaseChartLabels {
  readonly current: string;
  readonly desired: string;
  readonly scoreAxis: string;
  /** Which rounds the "want more" bars pool (their own window), said in the text alternative. */
  readonly desiredWindow?: string;
}

/**
 * The sixteen culture values as bars: how it is now and how much the team
 * wants more of it (over its own window, which the text alternative names).
 * A hidden figure has no bar, only the hidden mark and, in the text
 * alternative, its reason ("Not asked yet"); shown bars carry their score and n.
 */
export function cultureProfileSpec(
  rows: readonly CultureRow[],
  labels: CultureProfileLabels,
  options: ChartSize = {},
): ChartSpec {
  const hasDesired = rows.some((row) => row.desired !== undefined);
  const series = hasDesired ? [labels.current, labels.desired] : [labels.current];
  const values = rows.flatMap((row) => [
    bar(row, labels.current, row.current, labels),
    ...(hasDesired ? [bar(row, labels.desired, row.desired, labels)] : []),
  ]);
  const layout = options.layout ?? 'wide';
  const names = wrappedNames(
    rows.map((row) => row.label),
    NAME_WIDTH[layout],
  );
  const y = {
    field: 'label',
    type: 'nominal' as const,
    sort: rows.map((row) => row.label),
    title: null,
    axis: { ...names.axis('side') },
  };
  const x = {
    field: 'score',
    type: 'quantitative' as const,
    scale: { domain: [0, 100], nice: false },
    title: labels.scoreAxis,
    axis: { tickCount: layout === 'narrow' ? 2 : 10 },
  };
  const yOffset = { field: 'series', type: 'nominal' as const, sort: series };

  return {
    ...titleBlock(labels.title, labels.subtitle),
    description: [labels.title, labels.desiredWindow, values.map((value) => value.description).join('; ')]
      .filter(Boolean)
      .join('. '),
    width: options.width ?? barPlotWidth(layout, names.width, widestText(values.map((value) => value.text))),
    // With two bars per value, each bar gets half the band the value's name needs.
    height: { step: hasDesired ? Math.ceil(bandFor(names.lines, 26) / 2) : bandFor(names.lines, 20) },
    config: CHART_CONFIG,
    data: { values },
    encoding: { y, yOffset },
    layer: [
      {
        transform: [{ filter: '!datum.hidden' }],
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          x,
          color: {
            field: 'series',
            type: 'nominal',
            title: null,
            scale: { domain: series, range: [CHART_COLORS.primary, CHART_COLORS.secondary] },
          },
          description: { field: 'description' },
          tooltip: [{ field: 'label' }, { field: 'series' }, { field: 'text' }],
        },
      },
      {
        mark: { type: 'text', aria: false, align: 'left', dx: 4, fontSize: 11 },
        encoding: {
          x: { field: 'textAt', type: 'quantitative', scale: { domain: [0, 100], nice: false } },
          text: { field: 'text' },
          color: {
            condition: { test: 'datum.hidden', value: CHART_COLORS.hiddenText },
            value: CHART_COLORS.text,
          },
        },
      },
    ],
  };
}

function bar(row: CultureRow, series: string, cell: ScoreCell | undefined, labels: CultureProfileLabels) {
  const name = `${row.label} (${row.facetLabel})`;
  const hidden = cell?.hidden ?? (cell === undefined || cell.score === null ? 'no_data' : undefined);
  if (cell === undefined || hidden !== undefined || cell.score === null) {
    const reason = hidden ?? 'no_data';
    return {
      label: row.label,
      series,
      hidden: true,
      score: null,
      textAt: 0,
      text: labels.hidden.mark[reason],
      description: `${name}, ${series}: ${cell?.hiddenLabel ?? labels.hidden.reason[reason]}`,
    };
  }
  const text = `${formatNumber(cell.score, labels.locale)} (${formatN(labels.n, cell.n)})`;
  return {
    label: row.label,
    series,
    hidden: false,
    score: cell.score,
    textAt: cell.score,
    text,
    description: `${name}, ${series}: ${text}`,
  };
}
