import {
  cultureProfileSpec,
  formatNumber,
  formatSigned,
  heatmapSpec,
  lineChartSpec,
  perceptionGapSpec,
  profileBarsSpec,
} from '../../../src/charts/index.ts';
import type { OrgReport, ReportColumns, ScoreRow, TeamReport } from '../../../src/messages/types.ts';
import { chartWords, type ChartWords } from '../../../src/messages/index.ts';
import {
  columnsOf,
  countHtml,
  favourableHtml,
  figureHtml,
  hiddenReasonOf,
  nHtml,
  scoreHtml,
  scoreWithNHtml,
  tableHtml,
} from './figures-html.ts';
import { enpsHtml } from './enps-html.ts';
import { html, safeUrl, type HtmlValue, type SafeHtml } from './html.ts';
import { relayFormHtml } from './relay-html.ts';

export interface ReportHtmlOptions {
  readonly idPrefix: string;
  /** Draw charts (SVG) beside the tables; off gives the tables alone. */
  readonly charts: boolean;
  /** Show a leader's reply forms under comments (the playground's chat, whose script sends them). */
  readonly replies?: boolean;
}

type Context = ReportContext<TeamReport>;

/**
 * A leader's team report: participation, the indicative level with its
 * caveat, element scores, strengths, the leader's perception gap, culture
 * and traits, nudges and eNPS. Each chart comes with its figures as a table;
 * a section without rows shows the document's empty label, or is left out.
 */
export async function teamReportHtml(report: TeamReport, options: ReportHtmlOptions): Promise<SafeHtml> {
  const context = reportContext(report, options);
  const { text } = context;
  const { headings } = report;
  const sections: SafeHtml[] = [
    section(
      headings.participation,
      html`<p>${report.participation.label}</p>
        ${report.windowLabel ? html`<p class="score-window">${report.windowLabel}</p>` : ''}`,
    ),
    section(
      headings.maturity,
      html`<p class="maturity"><strong>${report.maturity.label}</strong></p>
        ${
          report.maturity.reasons.length > 0
            ? html`<ul class="maturity-reasons">
                ${report.maturity.reasons.map((reason) => html`<li>${reason}</li>`)}
              </ul>`
            : ''
        }
        <p class="caveat">${[report.maturity.basis, report.maturity.caveat].filter(Boolean).join(' ')}</p>`,
    ),
  ];
  const optional = async (heading: string, rows: readonly unknown[], body: () => Promise<SafeHtml>) => {
    if (rows.length > 0) sections.push(section(heading, await body()));
    else if (report.emptyLabel)
      sections.push(section(heading, html`<p class="empty">${report.emptyLabel}</p>`));
  };

  await optional(headings.elements, report.elements, () => scoreFigure(context, 'elements', report.elements));
  if (report.history && report.history.rows.length > 0) {
    sections.push(section(headings.history, await historyFigure(context, report.history)));
  }
  const participation = report.participationHistory;
  if (participation && participation.length > 1) {
    sections.push(
      section(
        text.participation,
        await figureHtml({
          id: context.id('participation'),
          title: text.participation,
          text,
          spec: context.charts
            ? (layout) =>
                lineChartSpec(
                  participation,
                  {
                    locale: report.locale,
                    title: '',
                    n: text.n,
                    hidden: text.hidden,
                    valueAxis: text.participation,
                  },
                  { unit: '%', layout },
                )
            : undefined,
          table: tableHtml(
            text.participation,
            [context.columns.period, text.participation, context.columns.n],
            report.participationHistory.map((point) => [
              point.label ?? point.period,
              `${point.value ?? '–'}%`,
              String(point.n),
            ]),
          ),
        }),
      ),
    );
  }
  await optional(headings.strengths, report.strengths, async () => strengthsHtml(context));
  if (report.reader !== 'other') await optional(headings.gaps, report.gaps, () => gapsFigure(context));
  await optional(headings.culture, report.culture, () => cultureFigure(context));
  await optional(headings.traits, report.traits, () => scoreFigure(context, 'traits', report.traits));
  await optional(headings.nudges, report.nudges, async () => nudgesHtml(report));
  if (report.enps) sections.push(section(report.enps.heading, await enpsHtml(context, report.enps)));
  if (report.comments) {
    const comments = report.comments;
    sections.push(
      section(
        headings.comments,
        'items' in comments
          ? html`<p class="caveat">${comments.note}</p>
              <ul class="comments">
                ${comments.items.map(
                  (item, index) => html`<li>${item}${commentReplyHtml(comments, index, options)}</li>`,
                )}
              </ul>`
          : html`<p class="empty">${comments.hiddenLabel}</p>`,
      ),
    );
  }

  const href = report.dashboardUrl ? safeUrl(report.dashboardUrl) : undefined;
  return html`<article class="card report team-report" data-kind="team-report" lang="${report.locale}">
    <h3 class="card-title">${report.title}</h3>
    <p class="meta">${report.team.name} · ${report.periodLabel}</p>
    ${sections}
    <p class="privacy">${report.privacyNote}</p>
    ${href ? html`<p><a href="${href}">${report.dashboardLabel ?? report.title}</a></p>` : ''}
  </article>`;
}

export function section(heading: string, body: SafeHtml): SafeHtml {
  return html`<section class="report-section">
    <h4>${heading}</h4>
    ${body}
  </section>`;
}

async function scoreFigure(context: Context, name: 'elements' | 'traits', rows: readonly ScoreRow[]) {
  const { report, text, columns } = context;
  const heading = report.headings[name];
  const withFavourable = rows.some((row) => row.favourablePercent !== undefined);
  // A pooled score's n counts answers, and the rounds and statements behind it get columns of their own.
  const pooled = rows.some((row) => row.rounds !== undefined);
  const headers = [
    name === 'elements' ? text.element : text.item,
    columns.score,
    ...(withFavourable ? [columns.favourable] : []),
    pooled ? (columns.answers ?? columns.n) : columns.n,
    ...(pooled ? [columns.rounds ?? '', columns.statements ?? ''] : []),
    columns.trend,
  ];
  const cells = rows.map((row): HtmlValue[] => [
    row.label,
    scoreHtml(row, text, report.locale),
    ...(withFavourable ? [favourableHtml(row, report.locale)] : []),
    nHtml(row),
    ...(pooled ? [countHtml(row, row.rounds), countHtml(row, row.statements)] : []),
    hiddenReasonOf(row) === undefined ? (row.trendLabel ?? trendWords(row, text, report.locale)) : '–',
  ]);
  return figureHtml({
    id: context.id(name),
    title: heading,
    text,
    spec: context.charts
      ? (layout) =>
          profileBarsSpec(
            rows,
            {
              locale: report.locale,
              title: '', // the section heading titles the chart
              n: text.n,
              hidden: text.hidden,
              scoreAxis: columns.score,
            },
            { layout },
          )
      : undefined,
    table: tableHtml(heading, headers, cells),
  });
}

function strengthsHtml(context: Context): SafeHtml {
  const { report, text } = context;
  return html`<ul>
    ${report.strengths.map((row) => html`<li>${row.label}: ${scoreWithNHtml(row, text, report.locale)}</li>`)}
  </ul>`;
}

async function gapsFigure(context: Context) {
  const { report, text, columns } = context;
  const { locale } = report;
  const subtitle = text.teamViewN(report.participation.respondents);
  return figureHtml({
    id: context.id('gaps'),
    title: report.headings.gaps,
    text,
    spec: context.charts
      ? (layout) =>
          perceptionGapSpec(
            report.gaps,
            {
              locale,
              title: '', // the section heading titles the chart
              subtitle,
              self: columns.self,
              team: columns.team,
              scoreAxis: columns.score,
            },
            { layout },
          )
      : undefined,
    table: tableHtml(
      `${report.headings.gaps} (${subtitle})`,
      [text.item, columns.self, columns.team, columns.gap, text.verdict],
      report.gaps.map((row) => [
        row.label,
        formatNumber(row.self, locale),
        formatNumber(row.team, locale),
        formatSigned(row.gap, locale),
        row.verdictLabel,
      ]),
    ),
  });
}

async function cultureFigure(context: Context) {
  const { report, text, columns } = context;
  const { locale } = report;
  const pooled = report.culture.some((row) => row.current.rounds !== undefined);
  const pooledN = pooled ? (columns.answers ?? columns.n) : columns.n;
  return figureHtml({
    id: context.id('culture'),
    title: report.headings.culture,
    text,
    spec: context.charts
      ? (layout) =>
          cultureProfileSpec(
            report.culture,
            {
              locale,
              title: '', // the section heading titles the chart
              n: text.n,
              hidden: text.hidden,
              current: columns.current,
              desired: columns.desired,
              scoreAxis: columns.score,
            },
            { layout },
          )
      : undefined,
    table: tableHtml(
      report.headings.culture,
      [text.item, columns.current, pooledN, columns.desired, pooledN],
      report.culture.map((row) => [
        html`${row.label} <span class="facet">(${row.facetLabel})</span>`,
        scoreHtml(row.current, text, locale),
        nHtml(row.current),
        row.desired ? scoreHtml(row.desired, text, locale) : '–',
        row.desired ? nHtml(row.desired) : '–',
      ]),
    ),
  });
}

function nudgesHtml(report: TeamReport): SafeHtml {
  return html`<ul class="nudge-list">
    ${report.nudges.map(
      (nudge) =>
        html`<li>
          <strong>${nudge.title}</strong> <span class="meta">${nudge.targetLabel}</span>
          ${nudge.postedLabel ? html`<span class="meta">· ${nudge.postedLabel}</span>` : ''}
          ${nudge.effectLabel ? html`<br /><span class="effect">${nudge.effectLabel}</span>` : ''}
        </li>`,
    )}
  </ul>`;
}

function trendWords(row: ScoreRow, text: ChartWords, locale: TeamReport['locale']): string {
  const word = text.trends[row.trend];
  return row.change === undefined ? word : `${word} (${formatSigned(row.change, locale)})`;
}

/** Element scores per round: elements down, weeks across, hidden cells marked as on the heatmap. */
async function historyFigure(
  context: Context,
  history: NonNullable<TeamReport['history']>,
): Promise<SafeHtml> {
  const { report, text, columns } = context;
  const heading = report.headings.history;
  const weeks = Object.entries(history.weekLabels);
  return figureHtml({
    id: context.id('history'),
    title: heading,
    text,
    spec: context.charts
      ? heatmapSpec(history.rows, history.weekLabels, {
          locale: report.locale,
          title: '',
          n: text.n,
          hidden: text.hidden,
          teamAxis: text.element,
          elementAxis: columns.period,
          score: columns.score,
        })
      : undefined,
    table: tableHtml(
      heading,
      [text.element, ...weeks.map(([, label]) => label)],
      history.rows.map((row) => [
        row.team.name,
        ...weeks.map(([week]) => {
          const cell = row.cells.find((candidate) => candidate.elementKey === week);
          return cell ? scoreHtml(cell, text, report.locale) : '–';
        }),
      ]),
    ),
  });
}

/** What every part of a report's HTML needs: the report, its chart wording and column names, unique ids. */
export interface ReportContext<R extends TeamReport | OrgReport> {
  readonly report: R;
  readonly text: ChartWords;
  readonly columns: ReportColumns;
  readonly charts: boolean;
  id(name: string): string;
}

export function reportContext<R extends TeamReport | OrgReport>(
  report: R,
  options: ReportHtmlOptions,
): ReportContext<R> {
  const text = chartWords(report.locale);
  return {
    report,
    text,
    columns: columnsOf(report.columns, text),
    charts: options.charts,
    id: (name) => `${options.idPrefix}-${name}`,
  };
}

/** A leader's "Reply" under a comment whose writer allowed replies, where the surface sends it. */
function commentReplyHtml(
  comments: Extract<NonNullable<TeamReport['comments']>, { items: unknown }>,
  index: number,
  options: ReportHtmlOptions,
): SafeHtml | string {
  const id = comments.replyIds?.[index];
  if (!options.replies || !id || !comments.replyForm || !comments.replyLabel) return '';
  return html`<details class="comment-reply">
    <summary>${comments.replyLabel}</summary>
    ${relayFormHtml({ verb: 'reply', id, label: comments.replyLabel }, comments.replyForm, `${options.idPrefix}-reply-${index}`)}
  </details>`;
}
