import type { types } from '@slack/bolt';
import { commentEntries } from '../../../src/messages/comment-entries.ts';
import type { CultureRow, GapRow, NudgeSummary, TeamReport } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { wantsMoreNotes } from '../../../src/messages/index.ts';
import { enpsLines } from './enps-lines.ts';
import { relayButton } from './relay.ts';
import { formatCell, formatRow } from './score-format.ts';
import type { SlackMessage } from './slack-message.ts';
import {
  context,
  dashboardBlock,
  divider,
  escapeMrkdwn,
  formatChange,
  formatNumber,
  header,
  section,
  sectionsFromLines,
  truncate,
} from './text.ts';

/**
 * A leader's team report as Block Kit: participation, the nine elements,
 * strengths, the perception gap (own view ↔ team view), what the team wants
 * more of (over its own window), culture, leader
 * traits, nudges, the indicative maturity level and eNPS. Empty sections are
 * left out; hidden figures show a lock, explained by the privacy note.
 */
export function renderTeamReport(report: TeamReport): SlackMessage {
  const { locale, headings } = report;
  const blocks: types.KnownBlock[] = [
    header(report.title),
    context(`*${escapeMrkdwn(report.team.name)}*`, escapeMrkdwn(report.periodLabel)),
    section(`*${escapeMrkdwn(headings.participation)}*\n${escapeMrkdwn(report.participation.label)}`),
    ...(report.windowLabel ? [context(escapeMrkdwn(report.windowLabel))] : []),
  ];
  const add = (heading: string, lines: readonly string[]): void => {
    if (lines.length > 0) blocks.push(...sectionsFromLines(heading, lines));
  };
  add(
    headings.elements,
    report.elements.map((row) => formatRow(row, locale)),
  );
  add(
    headings.strengths,
    report.strengths.map((row) => formatRow(row, locale)),
  );
  add(
    headings.gaps,
    report.gaps.map((gap) => formatGap(gap, locale)),
  );
  if (report.wantsMore) {
    add(report.wantsMore.heading, [
      ...report.wantsMore.top.map(
        (row) =>
          `• *${escapeMrkdwn(row.label)}* _(${escapeMrkdwn(row.facetLabel)})_: ${escapeMrkdwn(row.summary)}`,
      ),
      ...wantsMoreNotes(report.wantsMore).map((note) => `_${escapeMrkdwn(note)}_`),
    ]);
  }
  add(
    headings.culture,
    report.culture.map((row) => formatCulture(row, locale)),
  );
  add(
    headings.traits,
    report.traits.map((row) => formatRow(row, locale)),
  );
  add(
    headings.nudges,
    report.nudges.map((nudge) => formatNudge(nudge)),
  );
  blocks.push(
    section(
      [
        `*${escapeMrkdwn(headings.maturity)}*`,
        escapeMrkdwn(report.maturity.label),
        ...report.maturity.reasons.map((reason) => `• ${escapeMrkdwn(reason)}`),
      ].join('\n'),
    ),
    context(escapeMrkdwn([report.maturity.basis, report.maturity.caveat].filter(Boolean).join(' '))),
  );
  if (report.enps) add(report.enps.heading, enpsLines(report.enps, locale));
  blocks.push(...commentBlocks(report));
  blocks.push(divider, context(`:lock: ${escapeMrkdwn(report.privacyNote)}`));
  if (report.dashboardUrl)
    blocks.push(dashboardBlock(report.dashboardUrl, report.dashboardLabel, report.title, report.team.id));
  return {
    text: truncate(`${report.title} — ${report.team.name}, ${report.periodLabel}`, 300),
    blocks,
  };
}

/**
 * The few lines a leader sees on App Home: participation, the elements and
 * the perception gap, with a link to the dashboard.
 */
export function renderTeamReportSummary(report: TeamReport): types.KnownBlock[] {
  const { locale, headings } = report;
  const blocks: types.KnownBlock[] = [
    section(
      `*${escapeMrkdwn(report.team.name)}* — ${escapeMrkdwn(report.periodLabel)}\n` +
        `${escapeMrkdwn(headings.participation)}: ${escapeMrkdwn(report.participation.label)}`,
    ),
  ];
  if (report.elements.length > 0) {
    blocks.push(
      ...sectionsFromLines(
        headings.elements,
        report.elements.map((row) => formatRow(row, locale)),
      ),
    );
  }
  if (report.gaps.length > 0) {
    blocks.push(
      ...sectionsFromLines(
        headings.gaps,
        report.gaps.map((gap) => formatGap(gap, locale)),
      ),
    );
  }
  if (report.nudges.length > 0) {
    blocks.push(
      ...sectionsFromLines(
        headings.nudges,
        report.nudges.slice(0, 3).map((nudge) => formatNudge(nudge)),
      ),
    );
  }
  if (report.dashboardUrl)
    blocks.push(dashboardBlock(report.dashboardUrl, report.dashboardLabel, report.title, report.team.id));
  return blocks;
}

/** Comments in chat; beyond these the dashboard has them all. */
export const COMMENTS_MAX = 10;

/**
 * The released comments as quotes under their note, each four-week period's
 * under its weeks where there are several (as on the dashboard), a "Reply"
 * button beside each one whose writer allowed replies; or why there are none yet.
 */
function commentBlocks(report: TeamReport): types.KnownBlock[] {
  const comments = report.comments;
  if (!comments) return [];
  const heading = report.headings.comments;
  if (!('items' in comments))
    return [section(`*${escapeMrkdwn(heading)}*\n${escapeMrkdwn(comments.hiddenLabel)}`)];
  const { entries, more } = commentEntries(comments, COMMENTS_MAX);
  if (entries.length === 0) return [];
  const blocks: types.KnownBlock[] = [];
  // Lines run together in sections (the first under the heading) until a comment needs its own for its button.
  let title: string | undefined = heading;
  let lines: string[] = [`_${escapeMrkdwn(comments.note)}_`];
  const flush = () => {
    if (lines.length > 0) blocks.push(...sectionsFromLines(title, lines));
    title = undefined;
    lines = [];
  };
  for (const entry of entries) {
    if (entry.kind === 'period') lines.push(`*${escapeMrkdwn(entry.label)}*`);
    else if (!entry.replyId || !comments.replyLabel) lines.push(quoted(entry.text));
    else {
      flush();
      const reply = relayButton('reply', entry.replyId, comments.replyLabel, entry.index);
      blocks.push({ ...section(quoted(entry.text)), accessory: reply });
    }
  }
  if (more > 0) lines.push(`+${more} …`);
  flush();
  return blocks;
}

function quoted(comment: string): string {
  return `> ${escapeMrkdwn(truncate(comment, 600)).replace(/\n/g, '\n> ')}`;
}

/** Own view ↔ team view, the signed gap and the verdict in words. */
function formatGap(gap: GapRow, locale: Locale): string {
  return (
    `• ${escapeMrkdwn(gap.label)}: ${formatNumber(gap.self, locale)} ↔ ${formatNumber(gap.team, locale)}` +
    ` (${formatChange(gap.gap, locale)}) — _${escapeMrkdwn(gap.verdictLabel)}_`
  );
}

function formatCulture(row: CultureRow, locale: Locale): string {
  const desired = row.desired ? ` → ${formatCell(row.desired, locale)}` : '';
  return `• ${escapeMrkdwn(row.label)} _(${escapeMrkdwn(row.facetLabel)})_: ${formatCell(row.current, locale)}${desired}`;
}

function formatNudge(nudge: NudgeSummary): string {
  const extra = [nudge.targetLabel, nudge.postedLabel, nudge.effectLabel]
    .filter((part): part is string => Boolean(part))
    .map(escapeMrkdwn);
  return `• ${escapeMrkdwn(nudge.title)}${extra.length ? ` — ${extra.join(' · ')}` : ''}`;
}
