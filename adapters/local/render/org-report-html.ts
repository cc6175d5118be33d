import { formatSigned, heatmapSpec, lineChartSpec } from '../../../src/charts/index.ts';
import type { OrgReport, SeriesPoint } from '../../../src/messages/types.ts';
import { enpsHtml } from './enps-html.ts';
import { figureHtml, nHtml, scoreHtml, tableHtml } from './figures-html.ts';
import { html, safeUrl, type SafeHtml } from './html.ts';
import { reportContext, section, type ReportContext, type ReportHtmlOptions } from './report-context-html.ts';

type Context = ReportContext<OrgReport>;

/**
 * HR's organisation report: participation per week, eNPS per 4-week period,
 * the team × element heatmap on the rolling window and the teams whose scores fell.
 */
export async function orgReportHtml(report: OrgReport, options: ReportHtmlOptions): Promise<SafeHtml> {
  const context = reportContext(report, options);
  const { text } = context;
  const { headings } = report;
  const sections: SafeHtml[] = [];
  const optional = async (heading: string, rows: readonly unknown[], body: () => Promise<SafeHtml>) => {
    if (rows.length > 0) sections.push(section(heading, await body()));
    else if (report.emptyLabel)
      sections.push(section(heading, html`<p class="empty">${report.emptyLabel}</p>`));
  };

  await optional(headings.participation, report.participation, () =>
    seriesFigure(
      context,
      'participation',
      headings.participation,
      text.participation,
      report.participation,
      '%',
    ),
  );
  if (report.enps) sections.push(section(report.enps.heading, await enpsHtml(context, report.enps)));
  await optional(
    headings.heatmap,
    report.heatmap,
    async () =>
      html`${report.windowLabel ? html`<p class="score-window">${report.windowLabel}</p>` : ''}
      ${await heatmapFigure(context)}`,
  );
  await optional(headings.falling, report.falling, async () => fallingHtml(report));

  const href = report.dashboardUrl ? safeUrl(report.dashboardUrl) : undefined;
  return html`<article class="card report org-report" data-kind="org-report" lang="${report.locale}">
    <h3 class="card-title">${report.title}</h3>
    <p class="meta">${report.periodLabel}</p>
    ${sections}
    <p class="privacy">${report.privacyNote}</p>
    ${href ? html`<p><a href="${href}">${report.dashboardLabel ?? report.title}</a></p>` : ''}
  </article>`;
}

async function seriesFigure(
  context: Context,
  name: string,
  title: string,
  axis: string,
  points: readonly SeriesPoint[],
  unit: string,
): Promise<SafeHtml> {
  const { text, report, columns } = context;
  const { locale } = report;
  const negative = points.some((point) => point.hidden === undefined && (point.value ?? 0) < 0);
  return figureHtml({
    id: context.id(name),
    title,
    text,
    spec: context.charts
      ? (layout) =>
          lineChartSpec(
            points,
            { locale, title: '', n: text.n, hidden: text.hidden, valueAxis: axis },
            { unit, domain: negative ? [-100, 100] : [0, 100], layout },
          )
      : undefined,
    table: tableHtml(
      title,
      [columns.period, axis, columns.n],
      points.map((point) => {
        const cell = { score: point.value, n: point.n, ...(point.hidden ? { hidden: point.hidden } : {}) };
        return [point.label ?? point.period, scoreHtml(cell, text, locale), nHtml(cell)];
      }),
    ),
  });
}

async function heatmapFigure(context: Context): Promise<SafeHtml> {
  const { report, text, columns } = context;
  const { locale, headings } = report;
  const elements = Object.entries(report.elementLabels);
  return figureHtml({
    id: context.id('heatmap'),
    title: headings.heatmap,
    text,
    spec: context.charts
      ? heatmapSpec(
          report.heatmap,
          report.elementLabels,
          {
            locale,
            title: '', // the section heading titles the chart
            n: text.n,
            hidden: text.hidden,
            teamAxis: text.team,
            elementAxis: text.element,
            score: columns.score,
          },
          { transpose: true },
        )
      : undefined,
    table: tableHtml(
      headings.heatmap,
      [text.team, ...elements.map(([, label]) => label)],
      report.heatmap.map((row) => [
        row.team.name,
        ...elements.map(([key]) => {
          const cell = row.cells.find((candidate) => candidate.elementKey === key) ?? {
            score: null,
            n: 0,
            hidden: 'no_data' as const,
          };
          // A pooled cell says what stands behind it (its answers, rounds and statements).
          return html`${scoreHtml(cell, text, locale)}
            <span class="n"
              >(${'basisLabel' in cell && cell.basisLabel ? cell.basisLabel : html`${columns.n} = ${nHtml(cell)}`})</span
            >`;
        }),
      ]),
    ),
  });
}

function fallingHtml(report: OrgReport): SafeHtml {
  return html`<ul>
    ${report.falling.map(
      (item) => html`<li>${item.team}: ${item.label} (${formatSigned(item.change, report.locale)})</li>`,
    )}
  </ul>`;
}
