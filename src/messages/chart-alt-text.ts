import type { Locale } from '../model/keys.ts';
import { chartWords, type ChartWords } from './chart-words.ts';
import { formatNumber, t } from './i18n/translate.ts';
import type { MessageDocument, ScoreRow, TeamReport } from './types.ts';

/**
 * The text alternative of the chart a document carries into chat as a
 * picture, or undefined when it carries none. Only a team report with
 * element scores has one: its bar chart of `elements`, so the words are
 * built from the very rows the bars are drawn from.
 */
export function chartAltText(doc: MessageDocument): string | undefined {
  if (doc.kind !== 'team-report' || doc.elements.length === 0) return undefined;
  return elementChartAltText(doc);
}

/**
 * "Bar chart “Elements”, scores from 0 to 100. Leadership 64 (n = 12), up 5
 * points …; Culture: Hidden: …": each element as its bar reads, with the
 * trend in the report's own words where the bar has an arrow.
 */
function elementChartAltText(report: TeamReport): string {
  const words = chartWords(report.locale);
  const rows = report.elements.map((row) => rowWords(row, report.locale, words));
  return t(report.locale, 'chart-alt.bars', { title: report.headings.elements, rows: rows.join('; ') });
}

/** A row as the chart describes its bar ("Leadership: 64 (n = 12)" there), with the trend in words. */
function rowWords(row: ScoreRow, locale: Locale, words: ChartWords): string {
  if (row.hidden !== undefined || row.score === null) {
    return `${row.label}: ${words.hidden.reason[row.hidden ?? 'no_data']}`;
  }
  const figure = `${row.label} ${formatNumber(locale, row.score)} (${words.n} = ${row.n})`;
  if (row.trend === 'unknown' || !row.trendLabel) return figure;
  return `${figure}, ${row.trendLabel.charAt(0).toLocaleLowerCase(locale)}${row.trendLabel.slice(1)}`;
}
