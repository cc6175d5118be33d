import type { GapRow } from '../messages/types.ts';
import { formatNumber, formatSigned } from './chart-format.ts';
import {
  barPlotWidth,
  bandFor,
  LABEL_FONT_SIZE,
  NAME_WIDTH,
  widestText,
  wrappedNames,
} from './axis-labels.ts';
import { CHART_COLORS, CHART_CONFIG, titleBlock } from './chart-theme.ts';
import { wrapText } from './text-width.ts';
import type { ChartSize, ChartSpec } from './chart-types.ts';
import type { Locale } from '../model/keys.ts';

export interface PerceptionGapLabels {
  readonly locale: Locale;
  readonly title: string;
  /**
   * Gap rows carry no n of their own: the team side's respondents, e.g.
   * "Team view: n = 12". Required, because every chart shows its n.
   */
  readonly subtitle: string;
  readonly self: string;
  readonly team: string;
  readonly scoreAxis: string;
}

const VERDICT_WIDTH = { wide: 260, narrow: 90 } as const;

/**
 * The leader's self-view against the team's view, one dumbbell per trait or
 * element: a line from self to team, a dot for each, the signed gap and its
 * verdict at the right. Only rows the core made visible (team side ≥ k)
 * exist as GapRows, so there is nothing to hide here.
 */
export function perceptionGapSpec(
  rows: readonly GapRow[],
  labels: PerceptionGapLabels,
  options: ChartSize = {},
): ChartSpec {
  const layout = options.layout ?? 'wide';
  const order = rows.map((row) => row.label);
  const names = wrappedNames(order, NAME_WIDTH[layout]);
  const dots = rows.flatMap((row) => [
    dot(row, labels.self, row.self, labels.locale),
    dot(row, labels.team, row.team, labels.locale),
  ]);
  // The verdict beside each row wraps like the names do, so it stays as narrow as they are.
  const spans = rows.map((row) => ({
    label: row.label,
    low: Math.min(row.self, row.team),
    high: Math.max(row.self, row.team),
    gapText: wrapText(
      `${formatSigned(row.gap, labels.locale)} ${row.verdictLabel}`,
      VERDICT_WIDTH[layout],
      LABEL_FONT_SIZE,
    ).join('\n'),
  }));
  const lines = Math.max(names.lines, ...spans.map((span) => span.gapText.split('\n').length));
  const y = {
    field: 'label',
    type: 'nominal' as const,
    sort: order,
    title: null,
    axis: { ...names.axis('side') },
  };
  const xScale = { domain: [0, 100], nice: false };

  return {
    ...titleBlock(labels.title, labels.subtitle),
    description: `${labels.title}. ${labels.subtitle}. ${dots.map((d) => d.description).join('; ')}`,
    width:
      options.width ??
      barPlotWidth(layout, names.width, widestText(spans.flatMap((span) => span.gapText.split('\n'))) + 6),
    height: { step: bandFor(lines, 30) },
    config: CHART_CONFIG,
    layer: [
      {
        data: { values: spans },
        mark: { type: 'rule', aria: false, color: '#9a9a9a', strokeWidth: 3 },
        encoding: {
          y,
          x: {
            field: 'low',
            type: 'quantitative',
            scale: xScale,
            title: labels.scoreAxis,
            axis: { tickCount: layout === 'narrow' ? 2 : 10 },
          },
          x2: { field: 'high' },
        },
      },
      {
        data: { values: dots },
        mark: { type: 'point', filled: true, size: 110, opacity: 1 },
        encoding: {
          y,
          x: { field: 'score', type: 'quantitative', scale: xScale },
          color: {
            field: 'side',
            type: 'nominal',
            title: null,
            scale: {
              domain: [labels.self, labels.team],
              range: [CHART_COLORS.secondary, CHART_COLORS.primary],
            },
          },
          shape: {
            field: 'side',
            type: 'nominal',
            title: null,
            scale: { domain: [labels.self, labels.team], range: ['diamond', 'circle'] },
          },
          description: { field: 'description' },
          tooltip: [{ field: 'label' }, { field: 'side' }, { field: 'scoreText' }],
        },
      },
      {
        data: { values: spans },
        mark: { type: 'text', aria: false, align: 'left', dx: 6, x: { expr: 'width' }, lineBreak: '\n' },
        encoding: { y, text: { field: 'gapText' } },
      },
    ],
  };
}

function dot(row: GapRow, side: string, score: number, locale: Locale) {
  const scoreText = formatNumber(score, locale);
  return { label: row.label, side, score, scoreText, description: `${row.label}, ${side}: ${scoreText}` };
}
