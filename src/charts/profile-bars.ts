import type { ScoreRow, TrendArrow } from '../messages/types.ts';
import { formatN, formatNumber } from './chart-format.ts';
import { barPlotWidth, bandFor, NAME_WIDTH, widestText, wrappedNames } from './axis-labels.ts';
import { CHART_COLORS, CHART_CONFIG, titleBlock } from './chart-theme.ts';
import type { BaseChartLabels, ChartSize, ChartSpec } from './chart-types.ts';

export interface ProfileBarsLabels extends BaseChartLabels {
  readonly scoreAxis: string;
}

const ARROWS: Readonly<Record<TrendArrow, string>> = { up: ' ↑', down: ' ↓', flat: ' →', unknown: '' };

/**
 * One bar per trait (the leader trait profile) or element: score 0–100 with
 * its n and trend arrow. Hidden rows have no bar, only the hidden mark.
 */
export function profileBarsSpec(
  rows: readonly ScoreRow[],
  labels: ProfileBarsLabels,
  options: ChartSize = {},
): ChartSpec {
  const values = rows.map((row) => {
    const hidden = row.hidden ?? (row.score === null ? 'no_data' : undefined);
    if (hidden !== undefined || row.score === null) {
      const reason = hidden ?? 'no_data';
      return {
        label: row.label,
        hidden: true,
        score: null,
        textAt: 0,
        text: labels.hidden.mark[reason],
        description: `${row.label}: ${labels.hidden.reason[reason]}`,
      };
    }
    const text = `${formatNumber(row.score, labels.locale)} (${formatN(labels.n, row.n)})${ARROWS[row.trend]}`;
    return {
      label: row.label,
      hidden: false,
      score: row.score,
      textAt: row.score,
      text,
      description: `${row.label}: ${text}`,
    };
  });
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
  const xScale = { domain: [0, 100], nice: false };
  const x = {
    field: 'score',
    type: 'quantitative' as const,
    scale: xScale,
    title: labels.scoreAxis,
    axis: { tickCount: layout === 'narrow' ? 2 : 10 },
  };

  return {
    ...titleBlock(labels.title, labels.subtitle),
    description: `${labels.title}. ${values.map((value) => value.description).join('; ')}`,
    width: options.width ?? barPlotWidth(layout, names.width, widestText(values.map((value) => value.text))),
    height: { step: bandFor(names.lines, 22) },
    config: CHART_CONFIG,
    data: { values },
    encoding: { y },
    layer: [
      {
        transform: [{ filter: '!datum.hidden' }],
        mark: { type: 'bar', color: CHART_COLORS.primary, cornerRadiusEnd: 2 },
        encoding: {
          x,
          description: { field: 'description' },
          tooltip: [{ field: 'label' }, { field: 'text' }],
        },
      },
      {
        mark: { type: 'text', aria: false, align: 'left', dx: 4, fontSize: 11 },
        encoding: {
          x: { field: 'textAt', type: 'quantitative', scale: xScale },
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

/** The leader trait profile: the same bars, named for what the dashboard calls them. */
export const traitProfileSpec = profileBarsSpec;
