import type { types } from '@slack/bolt';
import type { OrgReport, SeriesPoint } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { enpsLines } from './enps-lines.ts';
import { formatScoreOnly, formatScoreWithN } from './score-format.ts';
import type { SlackMessage } from './slack-message.ts';
import {
  context,
  dashboardBlock,
  divider,
  escapeMrkdwn,
  formatChange,
  formatNumber,
  header,
  sectionsFromLines,
  truncate,
} from './text.ts';

/** Teams shown in the chat heatmap; the dashboard has all of them. */
export const HEATMAP_MAX_TEAMS = 20;
/** Periods shown per series. */
export const SERIES_MAX_POINTS = 6;

/**
 * HR's organisation overview: participation over the last weeks, eNPS per
 * 4-week period, a heatmap of teams × elements on the rolling window
 * (numbered, with a legend and the window it pools), and the teams whose
 * scores fell.
 */
export function renderOrgReport(report: OrgReport): SlackMessage {
  const { locale, headings } = report;
  const blocks: types.KnownBlock[] = [header(report.title), context(escapeMrkdwn(report.periodLabel))];
  if (report.participation.length > 0) {
    blocks.push(
      ...sectionsFromLines(
        headings.participation,
        report.participation.slice(-SERIES_MAX_POINTS).map((point) => formatRate(point, locale)),
      ),
    );
  }
  if (report.enps) blocks.push(...sectionsFromLines(report.enps.heading, enpsLines(report.enps, locale)));
  blocks.push(...renderHeatmap(report));
  if (report.falling.length > 0) {
    blocks.push(
      ...sectionsFromLines(
        headings.falling,
        report.falling.map(
          (row) =>
            `• *${escapeMrkdwn(row.team)}* — ${escapeMrkdwn(row.label)} (${formatChange(row.change, locale)})`,
        ),
      ),
    );
  }
  blocks.push(divider, context(`:lock: ${escapeMrkdwn(report.privacyNote)}`));
  if (report.dashboardUrl)
    blocks.push(dashboardBlock(report.dashboardUrl, report.dashboardLabel, report.title, 'organisation'));
  return { text: truncate(`${report.title} — ${report.periodLabel}`, 300), blocks };
}

/** A week's participation rate in percent, with how many took part. */
function formatRate(point: SeriesPoint, locale: Locale): string {
  const value =
    point.hidden !== undefined
      ? formatScoreOnly({ score: null, n: point.n, hidden: point.hidden }, locale)
      : point.value === null
        ? '—'
        : `*${formatNumber(point.value, locale, 0)}%*`;
  return `• ${escapeMrkdwn(point.label ?? point.period)}: ${value} _n=${point.n}_`;
}

function renderHeatmap(report: OrgReport): types.KnownBlock[] {
  if (report.heatmap.length === 0) return [];
  const keys = Object.keys(report.elementLabels);
  const legend = keys.map((key, index) => `${index + 1} ${escapeMrkdwn(report.elementLabels[key] ?? key)}`);
  const rows = report.heatmap.slice(0, HEATMAP_MAX_TEAMS).map((row) => {
    const byKey = new Map(row.cells.map((cell) => [cell.elementKey, cell]));
    const cells = keys.map((key, index) => {
      const cell = byKey.get(key);
      return `${index + 1}: ${cell ? formatScoreWithN(cell, report.locale) : '—'}`;
    });
    return `• *${escapeMrkdwn(row.team.name)}* — ${cells.join(' · ')}`;
  });
  const more = report.heatmap.length - HEATMAP_MAX_TEAMS;
  if (more > 0) rows.push(`+${more} …`);
  return [
    ...sectionsFromLines(report.headings.heatmap, rows),
    context(truncate(legend.join(' · '), 3000)),
    ...(report.windowLabel ? [context(escapeMrkdwn(report.windowLabel))] : []),
  ];
}
