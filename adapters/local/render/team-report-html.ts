import type { TeamReport } from '../../../src/messages/types.ts';
import { commentsHtml } from './comments-html.ts';
import { enpsHtml } from './enps-html.ts';
import { html, safeUrl, type SafeHtml } from './html.ts';
import { reportContext, section, type ReportHtmlOptions } from './report-context-html.ts';
import { historyFigure, participationFigure, scoreFigure, strengthsHtml } from './team-score-figures-html.ts';
import { cultureFigure, gapsFigure, nudgesHtml } from './team-views-html.ts';
import { wantsMoreHtml } from './wants-more-html.ts';

/**
 * A leader's team report: participation, the indicative level with its
 * caveat, element scores, strengths, the leader's perception gap, what the
 * team wants more of, culture and traits, nudges, eNPS and comments. Each chart comes with its figures as
 * a table; a section without rows shows the document's empty label, or is
 * left out.
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
    section(headings.maturity, maturityHtml(report.maturity)),
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
    sections.push(section(text.participation, await participationFigure(context, participation)));
  }
  await optional(headings.strengths, report.strengths, async () => strengthsHtml(context));
  if (report.reader !== 'other') await optional(headings.gaps, report.gaps, () => gapsFigure(context));
  if (report.wantsMore) sections.push(section(report.wantsMore.heading, wantsMoreHtml(report.wantsMore)));
  await optional(headings.culture, report.culture, () => cultureFigure(context));
  await optional(headings.traits, report.traits, () => scoreFigure(context, 'traits', report.traits));
  await optional(headings.nudges, report.nudges, async () => nudgesHtml(report));
  if (report.enps) sections.push(section(report.enps.heading, await enpsHtml(context, report.enps)));
  if (report.comments) sections.push(section(headings.comments, commentsHtml(report.comments, options)));

  const href = report.dashboardUrl ? safeUrl(report.dashboardUrl) : undefined;
  return html`<article class="card report team-report" data-kind="team-report" lang="${report.locale}">
    <h3 class="card-title">${report.title}</h3>
    <p class="meta">${report.team.name} · ${report.periodLabel}</p>
    ${sections}
    <p class="privacy">${report.privacyNote}</p>
    ${href ? html`<p><a href="${href}">${report.dashboardLabel ?? report.title}</a></p>` : ''}
  </article>`;
}

/** The indicative level, what holds it back, and why it is only indicative. */
function maturityHtml(maturity: TeamReport['maturity']): SafeHtml {
  return html`<p class="maturity"><strong>${maturity.label}</strong></p>
    ${
      maturity.reasons.length > 0
        ? html`<ul class="maturity-reasons">
            ${maturity.reasons.map((reason) => html`<li>${reason}</li>`)}
          </ul>`
        : ''
    }
    <p class="caveat">${[maturity.basis, maturity.caveat].filter(Boolean).join(' ')}</p>`;
}
