import type { OrgReport, ReportColumns, TeamReport } from '../../../src/messages/types.ts';
import { chartWords, type ChartWords } from '../../../src/messages/index.ts';
import { columnsOf } from './figures-html.ts';
import { html, type SafeHtml } from './html.ts';

export interface ReportHtmlOptions {
  readonly idPrefix: string;
  /** Draw charts (SVG) beside the tables; off gives the tables alone. */
  readonly charts: boolean;
  /** Show a leader's reply forms under comments (the playground's chat, whose script sends them). */
  readonly replies?: boolean;
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

/** A report section: its heading and body. */
export function section(heading: string, body: SafeHtml): SafeHtml {
  return html`<section class="report-section">
    <h4>${heading}</h4>
    ${body}
  </section>`;
}
