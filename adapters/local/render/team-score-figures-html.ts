import { formatSigned, heatmapSpec, lineChartSpec, profileBarsSpec } from '../../../src/charts/index.ts';
import type { ScoreRow, TeamReport } from '../../../src/messages/types.ts';
import type { ChartWords } from '../../../src/messages/index.ts';
import {
  countHtml,
  favourableHtml,
  figureHtml,
  hiddenReasonOf,
  nHtml,
  scoreHtml,
  scoreWithNHtml,
  tableHtml,
} from './figures-html.ts';
import { html, type HtmlValue, type SafeHtml } from './html.ts';
import type { ReportContext } from './report-context-html.ts';

type Context = ReportContext<TeamReport>;

/** Element or trait scores: bars, and a table with what stands behind each pooled score. */
export async function scoreFigure(context: Context, name: 'elements' | 'traits', rows: readonly ScoreRow[]) {
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

export function strengthsHtml(context: Context): SafeHtml {
  const { report, text } = context;
  return html`<ul>
    ${report.strengths.map((row) => html`<li>${row.label}: ${scoreWithNHtml(row, text, report.locale)}</li>`)}
  </ul>`;
}

function trendWords(row: ScoreRow, text: ChartWords, locale: TeamReport['locale']): string {
  const word = text.trends[row.trend];
  return row.change === undefined ? word : `${word} (${formatSigned(row.change, locale)})`;
}

/** Element scores per round: elements down, weeks across, hidden cells marked as on the heatmap. */
export async function historyFigure(
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

/** Participation in each of the team's rounds: a line, and its figures as a table. */
export async function participationFigure(
  context: Context,
  participation: NonNullable<TeamReport['participationHistory']>,
): Promise<SafeHtml> {
  const { report, text, columns } = context;
  return figureHtml({
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
      [columns.period, text.participation, columns.n],
      participation.map((point) => [point.label ?? point.period, `${point.value ?? '–'}%`, String(point.n)]),
    ),
  });
}
