import type { HeatmapRow } from '../messages/types.ts';
import { formatN, formatNumber } from './chart-format.ts';
import { CHART_COLORS, CHART_CONFIG, titleBlock } from './chart-theme.ts';
import type { BaseChartLabels, ChartSpec } from './chart-types.ts';

export interface HeatmapLabels extends BaseChartLabels {
  readonly teamAxis: string;
  readonly elementAxis: string;
  /** Legend title of the colour scale, e.g. "Score (0–100)". */
  readonly score: string;
}

export interface HeatmapOptions {
  /** Width of one element column in pixels. */
  readonly cellWidth?: number;
  readonly cellHeight?: number;
}

/**
 * Teams × elements, coloured by score, each cell with its score and n.
 * Hidden cells are grey and carry only the hidden mark ("n<k"): neither their
 * score nor their n enters the chart's data.
 *
 * `elementLabels` gives the columns in order (key → label), as in OrgReport.
 */
export function heatmapSpec(
  rows: readonly HeatmapRow[],
  elementLabels: Readonly<Record<string, string>>,
  labels: HeatmapLabels,
  options: HeatmapOptions = {},
): ChartSpec {
  const columns = Object.entries(elementLabels);
  const values = rows.flatMap((row) =>
    columns.map(([key, elementLabel]) => {
      const cell = row.cells.find((candidate) => candidate.elementKey === key);
      const hidden = cell?.hidden ?? (cell === undefined || cell.score === null ? 'no_data' : undefined);
      const base = { team: row.team.name, element: elementLabel };
      if (cell === undefined || hidden !== undefined || cell.score === null) {
        const reason = hidden ?? 'no_data';
        return {
          ...base,
          hidden: true,
          score: null,
          line1: labels.hidden.mark[reason],
          line2: '',
          description: `${row.team.name}, ${elementLabel}: ${labels.hidden.reason[reason]}`,
        };
      }
      const scoreText = formatNumber(cell.score, labels.locale);
      const nText = formatN(labels.n, cell.n);
      return {
        ...base,
        hidden: false,
        score: cell.score,
        line1: scoreText,
        line2: nText,
        description: `${row.team.name}, ${elementLabel}: ${scoreText}, ${nText}`,
      };
    }),
  );

  const cellWidth = options.cellWidth ?? 64;
  const cellHeight = options.cellHeight ?? 34;
  const x = {
    field: 'element',
    type: 'nominal' as const,
    sort: columns.map(([, label]) => label),
    title: labels.elementAxis,
    axis: { orient: 'top' as const, labelAngle: -35, labelAlign: 'left' as const, labelLimit: 180 },
  };
  const y = {
    field: 'team',
    type: 'nominal' as const,
    sort: rows.map((row) => row.team.name),
    title: labels.teamAxis,
  };

  return {
    ...titleBlock(labels.title, labels.subtitle),
    description: `${labels.title}. ${values.map((value) => value.description).join('; ')}`,
    width: { step: cellWidth },
    height: { step: cellHeight },
    config: { ...CHART_CONFIG, axis: { ...CHART_CONFIG.axis, grid: false, domain: false, ticks: false } },
    data: { values },
    encoding: { x, y },
    layer: [
      {
        transform: [{ filter: '!datum.hidden' }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 2 },
        encoding: {
          color: {
            field: 'score',
            type: 'quantitative',
            title: labels.score,
            scale: { domain: [0, 50, 100], range: ['#f4a582', '#f7f7f7', '#92c5de'] },
            legend: { orient: 'bottom', gradientLength: 180 },
          },
          description: { field: 'description' },
          tooltip: [{ field: 'team' }, { field: 'element' }, { field: 'line1' }, { field: 'line2' }],
        },
      },
      {
        // Hidden cells: grey, without a colour scale (their score is not in the data).
        transform: [{ filter: 'datum.hidden' }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 2, color: CHART_COLORS.hidden },
        encoding: {
          description: { field: 'description' },
          tooltip: [{ field: 'team' }, { field: 'element' }, { field: 'line1' }],
        },
      },
      {
        mark: { type: 'text', aria: false, dy: -6, fontWeight: 'bold' },
        transform: [{ filter: '!datum.hidden' }],
        encoding: { text: { field: 'line1' } },
      },
      {
        mark: { type: 'text', aria: false, dy: 8, fontSize: 9, color: CHART_COLORS.muted },
        transform: [{ filter: '!datum.hidden' }],
        encoding: { text: { field: 'line2' } },
      },
      {
        mark: { type: 'text', aria: false, color: CHART_COLORS.hiddenText },
        transform: [{ filter: 'datum.hidden' }],
        encoding: { text: { field: 'line1' } },
      },
    ],
  };
}
