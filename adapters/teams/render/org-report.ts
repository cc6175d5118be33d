import type { OrgReport, SeriesPoint } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import {
  card,
  facts,
  footer,
  heading,
  openUrl,
  section,
  subtle,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { enpsBlocks } from './enps-blocks.ts';
import { formatScoreOnly, formatScoreWithN, LOCK, NO_DATA, number, signed } from './score-format.ts';

/** Teams shown in the chat heatmap; the dashboard has all of them. */
export const HEATMAP_MAX_TEAMS = 20;
/** Periods shown per series. */
export const SERIES_MAX_POINTS = 6;

/**
 * HR's organisation overview (the report and the HR digest): participation
 * over the last weeks, eNPS per 4-week period, a heatmap of teams × elements
 * on the rolling window (numbered, with a legend and the window it pools),
 * and the teams whose scores fell.
 */
export function renderOrgReport(report: OrgReport): AdaptiveCard {
  const { locale, headings } = report;
  const participation = report.participation
    .slice(-SERIES_MAX_POINTS)
    .map((point) => [point.label ?? point.period, formatRate(point, locale)] as const);
  const body: CardElement[] = [
    heading(report.title, 'Large'),
    subtle(report.periodLabel),
    ...section(headings.participation, participation.length === 0 ? [] : [facts(participation)]),
    ...(report.enps ? enpsBlocks(report.enps, locale) : []),
    ...heatmapBlocks(report),
    ...section(
      headings.falling,
      report.falling.length === 0
        ? []
        : [facts(report.falling.map((row) => [row.team, `${row.label} (${signed(row.change, locale)})`]))],
    ),
    footer(`${LOCK} ${report.privacyNote}`),
  ];
  const dashboard = report.dashboardUrl
    ? [openUrl(report.dashboardLabel ?? report.title, report.dashboardUrl)]
    : [];
  return card(body, `${report.title} — ${report.periodLabel}`, { actions: dashboard, fullWidth: true });
}

/** A week's participation rate in percent, with how many took part. */
function formatRate(point: SeriesPoint, locale: Locale): string {
  if (point.hidden !== undefined)
    return formatScoreOnly({ score: null, n: point.n, hidden: point.hidden }, locale);
  if (point.value === null) return NO_DATA;
  return `**${number(Math.round(point.value), locale)}%** · n=${point.n}`;
}

/** One line per team with its numbered element scores, and the legend of the numbers. */
function heatmapBlocks(report: OrgReport): CardElement[] {
  if (report.heatmap.length === 0) return [];
  const keys = Object.keys(report.elementLabels);
  const legend = keys.map((key, index) => `${index + 1} ${report.elementLabels[key] ?? key}`);
  const rows = report.heatmap.slice(0, HEATMAP_MAX_TEAMS).map((row): readonly [string, string] => {
    const byKey = new Map(row.cells.map((cell) => [cell.elementKey, cell]));
    const cells = keys.map((key, index) => {
      const cell = byKey.get(key);
      return `${index + 1}: ${cell ? formatScoreWithN(cell, report.locale) : NO_DATA}`;
    });
    return [row.team.name, cells.join(' · ')];
  });
  const more = report.heatmap.length - HEATMAP_MAX_TEAMS;
  const blocks: CardElement[] = [facts(rows)];
  if (more > 0) blocks.push(subtle(`+${more} …`));
  blocks.push(subtle(legend.join(' · ')));
  if (report.windowLabel) blocks.push(subtle(report.windowLabel));
  return section(report.headings.heatmap, blocks);
}
