import { lineChartSpec } from '../../../src/charts/index.ts';
import { enpsDetailLines } from '../../../src/messages/index.ts';
import type { EnpsSection, OrgReport, TeamReport } from '../../../src/messages/types.ts';
import { figureHtml, scoreWithNHtml, tableHtml } from './figures-html.ts';
import { html, type SafeHtml } from './html.ts';
import type { ReportContext } from './report-context-html.ts';

/** eNPS under its own heading: the latest period's score, its details, and a chart per 4-week period. */
export async function enpsHtml(
  context: ReportContext<TeamReport | OrgReport>,
  enps: EnpsSection,
): Promise<SafeHtml> {
  const { text, report } = context;
  const history = enps.history ?? [];
  const negative = history.some((point) => (point.value ?? 0) < 0);
  return html`<p class="enps">${enps.label}: ${scoreWithNHtml(enps, text, report.locale)}</p>
    ${enpsDetailLines(enps).map((line) => html`<p class="enps-detail">${line}</p>`)}
    ${
      history.length > 1
        ? await figureHtml({
            id: context.id('enps'),
            title: enps.heading,
            text,
            spec: context.charts
              ? lineChartSpec(
                  history.map((point) => ({ ...point, period: point.label ?? point.period })),
                  {
                    locale: report.locale,
                    title: '',
                    n: text.n,
                    hidden: text.hidden,
                    valueAxis: enps.heading,
                  },
                  { domain: negative ? [-100, 100] : [0, 100] },
                )
              : undefined,
            table: tableHtml(
              enps.heading,
              [context.columns.period, enps.heading, context.columns.n],
              history.map((point) => [
                point.label ?? point.period,
                point.value === null
                  ? point.hidden
                    ? text.hidden.reason[point.hidden]
                    : '–'
                  : String(point.value),
                String(point.n),
              ]),
            ),
          })
        : ''
    }`;
}
