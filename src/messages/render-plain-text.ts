import type { Locale } from '../model/keys.ts';
import { enpsDetailLines } from './enps-section.ts';
import { formatNumber, t, tn } from './i18n/translate.ts';
import { spell, type FeatureReach } from './phrase.ts';
import { wantsMoreNotes } from './wants-more.ts';
import type {
  EnpsSection,
  MessageDocument,
  Notice,
  NudgePost,
  OrgReport,
  PulseCard,
  ScoreCell,
  ScoreRow,
  SeriesPoint,
  TeamReport,
  TrendArrow,
} from './types.ts';

const ARROWS: Readonly<Record<TrendArrow, string>> = { up: '↑', down: '↓', flat: '→', unknown: '' };

/**
 * A short plain-text version of any document: the notification text every
 * adapter sends with its rich layout, and the fallback where rich layout is
 * not available. Empty sections are left out; `reach` says how the reader's
 * platform gets to a feature a text points to.
 */
export function renderPlainText(doc: MessageDocument, reach: FeatureReach): string {
  switch (doc.kind) {
    case 'pulse-card':
      return pulseCardText(doc);
    case 'notice':
      return noticeText(doc, reach);
    case 'team-report':
      return teamReportText(doc);
    case 'org-report':
      return orgReportText(doc);
    case 'nudge':
      return nudgeText(doc);
    case 'relay':
      return lines(doc.title, doc.quote, '', doc.text, '', doc.note);
    case 'action-check-in':
      return lines(doc.title, doc.text, doc.targetLabel);
  }
}

function pulseCardText(card: PulseCard): string {
  const items = card.items.map((item, i) => {
    const chosen = item.options.find((option) => option.value === item.selected);
    return `${i + 1}. ${item.text}${item.selected !== undefined && chosen ? `\n   ✓ ${chosen.label}` : ''}`;
  });
  return lines(
    card.banner,
    card.title,
    card.intro,
    '',
    ...items,
    '',
    `${card.progress.label} · ${card.closesLabel}`,
    card.privacyLine,
  );
}

function noticeText(notice: Notice, reach: FeatureReach): string {
  return lines(
    notice.title,
    spell(notice.text, notice.locale, reach),
    notice.link && `${notice.link.label}: ${notice.link.url}`,
  );
}

function teamReportText(report: TeamReport): string {
  const { locale, headings } = report;
  return lines(
    `${report.title} · ${report.periodLabel}`,
    report.participation.label,
    report.windowLabel,
    section(
      headings.elements,
      report.elements.map((row) => rowText(row, locale)),
    ),
    section(
      headings.strengths,
      report.strengths.map((row) => `${row.label} (${number(locale, row.score)})`),
    ),
    section(
      headings.gaps,
      report.gaps.map(
        (gap) =>
          `${gap.label}: ${t(locale, 'report.column.self')} ${number(locale, gap.self)} · ` +
          `${t(locale, 'report.column.team')} ${number(locale, gap.team)}. ${gap.verdictLabel}`,
      ),
    ),
    report.wantsMore &&
      section(report.wantsMore.heading, [
        ...report.wantsMore.top.map((row) => `${row.label}: ${row.summary}`),
        ...wantsMoreNotes(report.wantsMore),
      ]),
    section(
      headings.culture,
      report.culture.map(
        (row) =>
          `${row.label}: ${t(locale, 'report.column.current')} ${cellText(row.current, locale)}` +
          (row.desired ? ` · ${t(locale, 'report.column.desired')} ${cellText(row.desired, locale)}` : ''),
      ),
    ),
    section(
      headings.traits,
      report.traits.map((row) => rowText(row, locale)),
    ),
    section(
      headings.nudges,
      report.nudges.map((n) => [n.title, n.postedLabel, n.effectLabel].filter(Boolean).join(' · ')),
    ),
    report.enps && enpsText(report.enps, locale),
    report.comments &&
      section(
        headings.comments,
        'items' in report.comments
          ? [
              report.comments.note,
              ...(report.comments.groups?.flatMap((group) => [group.label, ...group.items]) ??
                report.comments.items),
            ]
          : [report.comments.hiddenLabel],
      ),
    [
      `\n${report.maturity.label}.`,
      ...report.maturity.reasons.map((reason) => `• ${reason}`),
      [report.maturity.basis, report.maturity.caveat].filter(Boolean).join(' '),
    ].join('\n'),
    `\n${report.privacyNote}`,
    report.dashboardUrl &&
      `${report.dashboardLabel ?? t(locale, 'report.dashboard')}: ${report.dashboardUrl}`,
  );
}

/** The eNPS section alike in the team and the organisation report. */
function enpsText(enps: EnpsSection, locale: Locale): string | undefined {
  return section(enps.heading, [`${enps.label}: ${cellText(enps, locale)}`, ...enpsDetailLines(enps)]);
}

function orgReportText(report: OrgReport): string {
  const { locale, headings } = report;
  const participation = latest(report.participation);
  const empty = !participation && !report.enps && report.heatmap.length === 0;
  return lines(
    `${report.title} · ${report.periodLabel}`,
    empty && (report.emptyLabel ?? t(locale, 'report.empty')),
    participation &&
      `${headings.participation}: ${number(locale, participation.value)}% (${pointLabel(participation)})`,
    report.enps && enpsText(report.enps, locale),
    section(
      headings.falling,
      report.falling.map((f) => `${f.team}: ${f.label} ${signed(locale, f.change)}`),
    ),
    section(
      headings.heatmap,
      report.heatmap.map((row) => {
        const shown = row.cells.filter((c) => c.hidden === undefined && c.score !== null);
        if (shown.length === 0) return `${row.team.name}: ${report.emptyLabel ?? '–'}`;
        const sorted = [...shown].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
        const high = sorted[0];
        const low = sorted[sorted.length - 1];
        const name = (key: string) => report.elementLabels[key] ?? key;
        return high && low && high !== low
          ? `${row.team.name}: ↑ ${name(high.elementKey)} ${number(locale, high.score)} · ↓ ${name(low.elementKey)} ${number(locale, low.score)}`
          : `${row.team.name}: ${name(shown[0]?.elementKey ?? '')} ${number(locale, shown[0]?.score ?? null)}`;
      }),
    ),
    report.heatmap.length > 0 && report.windowLabel,
    `\n${report.privacyNote}`,
    report.dashboardUrl &&
      `${report.dashboardLabel ?? t(locale, 'report.dashboard')}: ${report.dashboardUrl}`,
  );
}

function nudgeText(post: NudgePost): string {
  return lines(
    post.intro,
    post.title,
    post.action,
    `${post.whyLabel ?? t(post.locale, 'nudge.why')}: ${post.why}`,
    `(${post.minutesLabel})`,
    `[${post.feedback.didThis}]  [${post.feedback.notForUs}]`,
    post.tallyLabel,
  );
}

function rowText(row: ScoreRow, locale: Locale): string {
  if (row.hidden !== undefined || row.score === null) return `${row.label}: ${hiddenText(row)}`;
  const arrow = ARROWS[row.trend];
  const details = [
    row.favourablePercent === undefined
      ? undefined
      : t(locale, 'report.favourable', { percent: row.favourablePercent }),
    row.basisLabel ?? tn(locale, 'report.people', row.n),
  ].filter(Boolean);
  // A change says why it is (or is not) one: its size against the noise.
  const why = row.change === undefined ? '' : ` — ${row.trendLabel}`;
  return `${row.label}: ${number(locale, row.score)}${arrow ? ` ${arrow}` : ''} (${details.join(', ')})${why}`;
}

/** A figure inside a line of text; a hidden one gives its reason in brackets. */
function cellText(cell: ScoreCell, locale: Locale): string {
  return cell.hidden !== undefined || cell.score === null
    ? `(${hiddenText(cell)})`
    : number(locale, cell.score);
}

function hiddenText(cell: ScoreCell): string {
  return cell.hiddenLabel ?? '–';
}

function section(heading: string, items: readonly string[]): string | undefined {
  return items.length === 0 ? undefined : `\n${heading}\n${items.map((item) => `• ${item}`).join('\n')}`;
}

function latest(series: readonly SeriesPoint[]): (SeriesPoint & { readonly value: number }) | undefined {
  for (let i = series.length - 1; i >= 0; i--) {
    const point = series[i];
    if (point && point.hidden === undefined && point.value !== null) return { ...point, value: point.value };
  }
  return undefined;
}

function pointLabel(point: SeriesPoint): string {
  return point.label ?? point.period;
}

function number(locale: Locale, value: number | null): string {
  return value === null ? '–' : formatNumber(locale, value);
}

function signed(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

/** Joins the lines that exist; `undefined` and `false` parts are skipped. */
function lines(...parts: readonly (string | undefined | false | null | 0)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
