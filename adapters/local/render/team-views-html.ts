import {
  cultureProfileSpec,
  formatNumber,
  formatSigned,
  perceptionGapSpec,
} from '../../../src/charts/index.ts';
import type { TeamReport } from '../../../src/messages/types.ts';
import { figureHtml, nHtml, scoreHtml, tableHtml } from './figures-html.ts';
import { html, type SafeHtml } from './html.ts';
import type { ReportContext } from './report-context-html.ts';

type Context = ReportContext<TeamReport>;

export async function gapsFigure(context: Context) {
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

export async function cultureFigure(context: Context) {
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
              ...(report.wantsMore ? { desiredWindow: report.wantsMore.windowLabel } : {}),
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

export function nudgesHtml(report: TeamReport): SafeHtml {
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
