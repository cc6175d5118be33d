import { commentEntries } from '../../../src/messages/comment-entries.ts';
import type {
  CultureRow,
  GapRow,
  NudgeSummary,
  ScoreRow,
  SeriesPoint,
  TeamReport,
} from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { wantsMoreNotes } from '../../../src/messages/index.ts';
import {
  card,
  facts,
  footer,
  heading,
  openUrl,
  section,
  subtle,
  text,
  truncate,
  type AdaptiveCard,
  type CardElement,
  type RichTextBlock,
  type Table,
  type TableCell,
} from './adaptive-card.ts';
import { enpsBlocks } from './enps-blocks.ts';
import { formatCell, formatRow, formatScoreOnly, LOCK, NO_DATA, number, signed } from './score-format.ts';
import { relayFormBlocks } from './relay.ts';
import { relayInputId } from './verbs.ts';

/** Comments in chat; beyond these the dashboard has them all. */
export const COMMENTS_MAX = 10;
/** Periods shown in the history table, and rounds in the participation series; the dashboard has the rest. */
export const HISTORY_MAX_WEEKS = 6;

/**
 * A leader's team report: participation, the nine elements, strengths, the
 * perception gap (own view ↔ team view), what the team wants more of (over
 * its own window), culture, leader traits, nudges, the
 * indicative maturity level, eNPS, comments and scores over time. Empty
 * sections are left out; hidden figures show a lock, explained by the
 * privacy note. The chart of the elements goes beside the card as an image.
 */
export function renderTeamReport(report: TeamReport): AdaptiveCard {
  const { locale, headings } = report;
  const scoreFacts = (rows: readonly ScoreRow[]) =>
    rowFacts(rows.map((row) => [row.label, formatRow(row, locale)]));
  const body: CardElement[] = [
    heading(report.title, 'Large'),
    subtle(`${report.team.name} · ${report.periodLabel}`),
    ...section(headings.participation, participationBlocks(report)),
    ...section(headings.elements, scoreFacts(report.elements)),
    ...section(headings.strengths, scoreFacts(report.strengths)),
    ...section(headings.gaps, rowFacts(report.gaps.map((gap) => [gap.label, formatGap(gap, locale)]))),
    ...wantsMoreBlocks(report),
    ...section(headings.culture, rowFacts(report.culture.map((row) => formatCulture(row, locale)))),
    ...section(headings.traits, scoreFacts(report.traits)),
    ...section(headings.nudges, rowFacts(report.nudges.map(formatNudge))),
    ...section(headings.maturity, [
      text(report.maturity.label),
      ...report.maturity.reasons.map((reason) => text(reason)),
      subtle([report.maturity.basis, report.maturity.caveat].filter(Boolean).join(' ')),
    ]),
  ];
  if (report.enps) body.push(...enpsBlocks(report.enps, locale));
  body.push(...commentBlocks(report), ...historyBlocks(report));
  body.push(footer(`${LOCK} ${report.privacyNote}`));
  const dashboard = report.dashboardUrl
    ? [openUrl(report.dashboardLabel ?? report.title, report.dashboardUrl)]
    : [];
  return card(body, `${report.title} — ${report.team.name}, ${report.periodLabel}`, {
    actions: dashboard,
    fullWidth: true,
  });
}

function rowFacts(rows: readonly (readonly [string, string])[]): CardElement[] {
  return rows.length === 0 ? [] : [facts(rows)];
}

function participationBlocks(report: TeamReport): CardElement[] {
  const blocks: CardElement[] = [text(report.participation.label)];
  if (report.windowLabel) blocks.push(subtle(report.windowLabel));
  const series = report.participationHistory ?? [];
  if (series.length > 1) {
    blocks.push(
      facts(
        series
          .slice(-HISTORY_MAX_WEEKS)
          .map((point) => [point.label ?? point.period, rate(point, report.locale)]),
      ),
    );
  }
  return blocks;
}

function rate(point: SeriesPoint, locale: Locale): string {
  if (point.hidden !== undefined || point.value === null) return NO_DATA;
  return `${number(point.value, locale)}%`;
}

/**
 * The released comments as plain text (never markdown: people wrote them)
 * under their note, each four-week period's under its weeks where there are
 * several (as on the dashboard); or why there are none yet.
 */
function commentBlocks(report: TeamReport): CardElement[] {
  const comments = report.comments;
  if (!comments) return [];
  if (!('items' in comments)) return section(report.headings.comments, [text(comments.hiddenLabel)]);
  const { entries, more } = commentEntries(comments, COMMENTS_MAX);
  const shown = entries.flatMap((entry): CardElement[] => {
    if (entry.kind === 'period') return [text(entry.label, { weight: 'Bolder', spacing: 'Medium' })];
    const quote: RichTextBlock = {
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: `“${truncate(entry.text, 600)}”`, italic: true }],
    };
    if (!entry.replyId || !comments.replyForm || !comments.replyLabel) return [quote];
    const respond = { verb: 'reply' as const, id: entry.replyId, label: comments.replyLabel };
    return [quote, ...relayFormBlocks(respond, comments.replyForm, relayInputId(entry.index))];
  });
  if (more > 0) shown.push(subtle(`+${more} …`));
  return section(report.headings.comments, [subtle(comments.note), ...shown]);
}

/** Scores over time: one row per element, one column per recent four-week period. */
function historyBlocks(report: TeamReport): CardElement[] {
  const history = report.history;
  if (!history || history.rows.length === 0) return [];
  const weeks = Object.keys(history.weekLabels).sort().slice(-HISTORY_MAX_WEEKS);
  const cell = (value: string, bold = false): TableCell => ({
    type: 'TableCell',
    items: [text(value, bold ? { weight: 'Bolder', size: 'Small' } : { size: 'Small' })],
  });
  const table: Table = {
    type: 'Table',
    columns: [{ width: 3 }, ...weeks.map(() => ({ width: 1 }))],
    firstRowAsHeader: true,
    showGridLines: false,
    rows: [
      {
        type: 'TableRow',
        cells: [cell(''), ...weeks.map((week) => cell(history.weekLabels[week] ?? week, true))],
      },
      ...history.rows.map((row) => {
        const byWeek = new Map(row.cells.map((c) => [c.elementKey, c]));
        return {
          type: 'TableRow' as const,
          cells: [
            cell(row.team.name),
            ...weeks.map((week) => {
              const found = byWeek.get(week);
              return cell(found ? formatScoreOnly(found, report.locale) : NO_DATA);
            }),
          ],
        };
      }),
    ],
  };
  return section(report.headings.history, [table]);
}

/** Own view ↔ team view, the signed gap and the verdict in words. */
function formatGap(gap: GapRow, locale: Locale): string {
  return `${number(gap.self, locale)} ↔ ${number(gap.team, locale)} (${signed(gap.gap, locale)}) — _${gap.verdictLabel}_`;
}

/** The values the team most wants more of, then why none or not all of them rank, and over which window. */
function wantsMoreBlocks(report: TeamReport): CardElement[] {
  const wanted = report.wantsMore;
  if (!wanted) return [];
  return section(wanted.heading, [
    ...rowFacts(wanted.top.map((row) => [`${row.label} (${row.facetLabel})`, row.summary])),
    ...wantsMoreNotes(wanted).map((note) => subtle(note)),
  ]);
}

function formatCulture(row: CultureRow, locale: Locale): readonly [string, string] {
  const desired = row.desired ? ` → ${formatCell(row.desired, locale)}` : '';
  return [`${row.label} (${row.facetLabel})`, `${formatCell(row.current, locale)}${desired}`];
}

function formatNudge(nudge: NudgeSummary): readonly [string, string] {
  const extra = [nudge.targetLabel, nudge.postedLabel, nudge.effectLabel].filter((part): part is string =>
    Boolean(part),
  );
  return [nudge.title, extra.join(' · ')];
}
