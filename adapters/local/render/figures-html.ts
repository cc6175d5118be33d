import {
  formatN,
  formatNumber,
  renderSvg,
  type ChartLayout,
  type ChartSpec,
} from '../../../src/charts/index.ts';
import type { HiddenReason, ReportColumns, ScoreCell } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { ChartWords } from '../../../src/messages/index.ts';
import { html, raw, type HtmlValue, type SafeHtml } from './html.ts';
import { inlineSvg } from './inline-svg.ts';

/** Why a figure is hidden, or undefined when it is shown. */
export function hiddenReasonOf(cell: ScoreCell): HiddenReason | undefined {
  return cell.hidden ?? (cell.score === null ? 'no_data' : undefined);
}

/**
 * A score for a table cell: the number, or the reason it is hidden. A hidden
 * cell never prints its figure, whatever the document carries.
 */
export function scoreHtml(cell: ScoreCell, text: ChartWords, locale: Locale): SafeHtml {
  const hidden = hiddenReasonOf(cell);
  if (hidden !== undefined || cell.score === null) {
    const reason = hidden ?? 'no_data';
    const words = cell.hiddenLabel ?? text.hidden.reason[reason];
    return html`<span class="hidden-figure" data-hidden="${reason}">${words}</span>`;
  }
  return html`${formatNumber(cell.score, locale)}`;
}

/** n for a table cell; hidden figures show no n either. */
export function nHtml(cell: ScoreCell): SafeHtml {
  return hiddenReasonOf(cell) === undefined ? html`${cell.n}` : html`<span aria-hidden="true">–</span>`;
}

/** "72 (n = 12)", or what stands behind a pooled score ("72 (n = 34 · 3 rounds · 5 statements)"), or the hidden reason, for lists. */
export function scoreWithNHtml(cell: ScoreCell, text: ChartWords, locale: Locale): SafeHtml {
  if (hiddenReasonOf(cell) !== undefined) return scoreHtml(cell, text, locale);
  return html`${scoreHtml(cell, text, locale)}
    <span class="n">(${cell.basisLabel ?? formatN(text.n, cell.n)})</span>`;
}

/** A count behind a pooled score (rounds, statements) for a table cell; blank when hidden or not pooled. */
export function countHtml(cell: ScoreCell, count: number | undefined): SafeHtml {
  return hiddenReasonOf(cell) === undefined && count !== undefined
    ? html`${count}`
    : html`<span aria-hidden="true">–</span>`;
}

export interface FigureOptions {
  readonly id: string;
  readonly title: string;
  /**
   * A chart for each layout (drawn twice: the page shows the one its width
   * suits), or one chart that keeps its size and scrolls sideways when the
   * page is narrower (the heatmaps).
   */
  readonly spec: ((layout: ChartLayout) => ChartSpec) | ChartSpec | undefined;
  /** The same figures as a table, for screen readers and exact reading. */
  readonly table: SafeHtml;
  readonly text: ChartWords;
}

/** A chart with its figures in a disclosure below; without a spec, the table alone. */
export async function figureHtml(options: FigureOptions): Promise<SafeHtml> {
  const { spec, id, title } = options;
  if (!spec) return html`<div class="figure-table">${options.table}</div>`;
  const drawn = async (chart: ChartSpec, prefix: string) =>
    raw(inlineSvg(await renderSvg(chart), prefix, title, chart.description ?? title));
  const charts =
    typeof spec === 'function'
      ? html`<div class="chart-wide">${await drawn(spec('wide'), `${id}-wide`)}</div>
          <div class="chart-narrow">${await drawn(spec('narrow'), `${id}-narrow`)}</div>`
      : html`<div class="scrolls-sideways" tabindex="0" role="group" aria-label="${title}">
          ${await drawn(spec, id)}
        </div>`;
  return html`<figure class="chart">
    ${charts}
    <details>
      <summary>${options.text.showFigures}</summary>
      ${options.table}
    </details>
  </figure>`;
}

/** A plain data table: a header row and body rows of already-built cells. */
export function tableHtml(
  caption: string,
  headers: readonly string[],
  rows: readonly HtmlValue[][],
): SafeHtml {
  return html`<div class="scrolls-sideways" tabindex="0" role="group" aria-label="${caption}">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${headers.map((header) => html`<th scope="col">${header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (cells) =>
            html`<tr>
              ${cells.map((cell, index) => (index === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Table headings: the document's own when it has them, else the playground's. */
export function columnsOf(columns: ReportColumns | undefined, text: ChartWords): ReportColumns {
  return {
    score: columns?.score ?? text.score,
    favourable: columns?.favourable ?? text.favourable,
    n: columns?.n ?? text.n,
    trend: columns?.trend ?? text.trend,
    self: columns?.self ?? text.you,
    team: columns?.team ?? text.yourTeam,
    gap: columns?.gap ?? text.gap,
    current: columns?.current ?? text.current,
    desired: columns?.desired ?? text.desired,
    period: columns?.period ?? text.period,
    ...(columns?.rounds === undefined ? {} : { rounds: columns.rounds }),
    ...(columns?.statements === undefined ? {} : { statements: columns.statements }),
    ...(columns?.answers === undefined ? {} : { answers: columns.answers }),
  };
}

/** A favourable percentage for a table cell, blank when hidden or unknown. */
export function favourableHtml(cell: ScoreCell, locale: Locale): string {
  if (hiddenReasonOf(cell) !== undefined || cell.favourablePercent === undefined) return '–';
  return `${formatNumber(cell.favourablePercent, locale)}%`;
}
