import type { GapRow } from '../messages/types.ts';
import { formatNumber, formatSigned } from './chart-format.ts';
import { CHART_COLORS, CHART_CONFIG, titleBlock } from './chart-theme.ts';
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
  const order = rows.map((row) => row.label);
  const dots = rows.flatMap((row) => [
    dot(row, labels.self, row.self, labels.locale),
    dot(row, labels.team, row.team, labels.locale),
  ]);
  const spans = rows.map((row) => ({
    label: row.label,
    low: Math.min(row.self, row.team),
    high: Math.max(row.self, row.team),
    gapText: `${formatSigned(row.gap, labels.locale)} ${row.verdictLabel}`,
  }));
  const y = { field: 'label', type: 'nominal' as const, sort: order, title: null };
  const xScale = { domain: [0, 100], nice: false };

  return {
    ...titleBlock(labels.title, labels.subtitle),
    description: `${labels.title}. ${labels.subtitle}. ${dots.map((d) => d.description).join('; ')}`,
    width: options.width ?? 420,
    height: { step: 30 },
    config: CHART_CONFIG,
    layer: [
      {
        data: { values: spans },
        mark: { type: 'rule', aria: false, color: '#9a9a9a', strokeWidth: 3 },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative', scale: xScale, title: labels.scoreAxis },
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
        mark: { type: 'text', aria: false, align: 'left', dx: 6, x: { expr: 'width' } },
        encoding: { y, text: { field: 'gapText' } },
      },
    ],
  };
}

function dot(row: GapRow, side: string, score: number, locale: Locale) {
  const scoreText = formatNumber(score, locale);
  return { label: row.label, side, score, scoreText, description: `${row.label}, ${side}: ${scoreText}` };
}
