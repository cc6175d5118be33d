import type { HeatmapRow } from '../messages/types.ts';
import { NAME_WIDTH, wrappedNames } from './axis-labels.ts';
import { formatN, formatNumber } from './chart-format.ts';
import {
  CHART_COLORS,
  CHART_CONFIG,
  inkOn,
  SCORE_BAND_COLORS,
  SCORE_BAND_LIMITS,
  scoreBandColor,
  titleBlock,
} from './chart-theme.ts';
import type { BaseChartLabels, ChartSpec } from './chart-types.ts';
import { textWidth, wrapText } from './text-width.ts';

export interface HeatmapLabels extends BaseChartLabels {
  readonly teamAxis: string;
  readonly elementAxis: string;
  /** Legend title of the colour scale, e.g. "Score (0–100)". */
  readonly score: string;
}

export interface HeatmapOptions {
  /** Least width of one column in pixels; a column widens to its longest word. */
  readonly cellWidth?: number;
  readonly cellHeight?: number;
  /**
   * Rows across the top and columns down the side: the organisation's nine
   * elements read better as rows, named in full on the left, with the teams
   * as columns.
   */
  readonly transpose?: boolean;
}

const MARK_FONT_SIZE = 10;

/**
 * Teams × elements, coloured by score band, each cell with its score and n
 * in a colour that stands out on the band. Hidden cells are grey and carry
 * only the hidden mark ("n<k"): neither their score nor their n enters the
 * chart's data. Names run horizontally and wrap instead of being cut off;
 * the chart keeps its size on a phone and the page lets it scroll sideways.
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
        ink: inkOn(scoreBandColor(cell.score)),
        description: `${row.team.name}, ${elementLabel}: ${scoreText}, ${nText}`,
      };
    }),
  );

  const teams = { field: 'team', names: rows.map((row) => row.team.name), title: labels.teamAxis };
  const elements = { field: 'element', names: columns.map(([, label]) => label), title: labels.elementAxis };
  const [across, down] = options.transpose ? [teams, elements] : [elements, teams];
  const marks = values.filter((value) => value.hidden).map((value) => value.line1);
  const widestWord = Math.max(
    0,
    ...[...across.names, ...marks].flatMap((name) => name.split(/\s+/)).map((word) => textWidth(word, 11)),
  );
  const cellWidth = Math.ceil(Math.max(options.cellWidth ?? 64, widestWord + 10));
  const acrossNames = wrappedNames(across.names, cellWidth - 6);
  const downNames = wrappedNames(down.names, NAME_WIDTH.wide);
  const cellHeight = options.cellHeight ?? Math.max(34, downNames.lines * 13 + 6);
  const hiddenMarks = values.map((value) =>
    value.hidden
      ? { ...value, line1: wrapText(value.line1, cellWidth - 6, MARK_FONT_SIZE).join('\n') }
      : value,
  );

  // inkOn gives the text colour or white; Vega-Lite takes a per-cell colour as a condition.
  const inkEncoding = {
    condition: { test: `datum.ink == '${CHART_COLORS.paper}'`, value: CHART_COLORS.paper },
    value: CHART_COLORS.text,
  };

  return {
    ...titleBlock(labels.title, labels.subtitle),
    description: `${labels.title}. ${values.map((value) => value.description).join('; ')}`,
    width: { step: cellWidth },
    height: { step: cellHeight },
    config: { ...CHART_CONFIG, axis: { ...CHART_CONFIG.axis, grid: false, domain: false, ticks: false } },
    data: { values: hiddenMarks },
    encoding: {
      x: {
        field: across.field,
        type: 'nominal',
        sort: across.names,
        title: across.title,
        axis: {
          orient: 'top',
          labelAngle: 0,
          ...acrossNames.axis('top'),
        },
      },
      y: {
        field: down.field,
        type: 'nominal',
        sort: down.names,
        title: down.title,
        axis: { ...downNames.axis('side') },
      },
    },
    layer: [
      {
        transform: [{ filter: '!datum.hidden' }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 2 },
        encoding: {
          color: {
            field: 'score',
            type: 'quantitative',
            title: labels.score,
            scale: { type: 'threshold', domain: [...SCORE_BAND_LIMITS], range: [...SCORE_BAND_COLORS] },
            legend: { orient: 'bottom', direction: 'horizontal' },
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
        mark: { type: 'text', aria: false, dy: -6, fontWeight: 'bold', fontSize: 11 },
        transform: [{ filter: '!datum.hidden' }],
        encoding: { text: { field: 'line1' }, color: inkEncoding },
      },
      {
        mark: { type: 'text', aria: false, dy: 8, fontSize: MARK_FONT_SIZE },
        transform: [{ filter: '!datum.hidden' }],
        encoding: { text: { field: 'line2' }, color: inkEncoding },
      },
      {
        mark: {
          type: 'text',
          aria: false,
          fontSize: MARK_FONT_SIZE,
          lineBreak: '\n',
          color: CHART_COLORS.hiddenText,
        },
        transform: [{ filter: 'datum.hidden' }],
        encoding: { text: { field: 'line1' } },
      },
    ],
  };
}
