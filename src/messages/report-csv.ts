import { featureByName, spell } from './index.ts';
import type { HiddenReason, Notice, OrgReport, ScoreCell, TeamReport } from './types.ts';
import { PERIOD_WEEKS } from '../core/rolling-score.ts';
import { toCsv, type CsvCell } from '../model/csv.ts';

export const CSV_HEADER = [
  'section',
  'team',
  'key',
  'label',
  'value',
  'n',
  'favourable_percent',
  'hidden_reason',
  'rounds',
  'statements',
  'window_weeks',
  'as_of_week',
];

/** The window a row's figure pools: its length in weeks and the ISO week it ends with. */
interface RowWindow {
  readonly weeks: number;
  readonly asOfWeek: string;
}

/**
 * The aggregates a team report shows, one row per figure, each with the
 * rounds, statements and window behind it, and scores over time one row per
 * element and four-week period. A hidden figure keeps its row with the
 * reason and empty value and n, so nothing hidden leaves through the export.
 * The perception gap is left out: its self side is one leader's own rating,
 * not an aggregate.
 */
export function teamReportCsv(report: TeamReport | Notice): string {
  if (report.kind === 'notice') return noticeCsv(report);
  const team = report.team.name;
  const rows: CsvCell[][] = [
    [
      'participation',
      team,
      'rate_percent',
      report.participation.label,
      report.participation.ratePercent,
      report.participation.respondents,
      '',
      '',
      '',
      '',
      '',
      '',
    ],
  ];
  const window = report.scoreWindow;
  for (const row of report.elements)
    rows.push(cellRow('elements', team, row.target.key, row.label, row, window));
  for (const row of report.traits) rows.push(cellRow('traits', team, row.target.key, row.label, row, window));
  for (const row of report.culture) {
    rows.push(cellRow('culture_current', team, row.valueKey, row.label, row.current, window));
    if (row.desired) {
      rows.push(cellRow('culture_desired', team, row.valueKey, row.label, row.desired, window));
    }
  }
  const history = report.history;
  for (const row of history?.rows ?? []) {
    for (const cell of row.cells) {
      const label = `${row.team.name} · ${history?.weekLabels[cell.elementKey] ?? cell.elementKey}`;
      const period = { weeks: PERIOD_WEEKS, asOfWeek: cell.elementKey };
      rows.push(cellRow('history', team, row.team.id, label, cell, period));
    }
  }
  if (report.enps) rows.push(cellRow('enps', team, 'enps', report.enps.label, report.enps));
  return toCsv([CSV_HEADER, ...rows.map(guardRow)]);
}

/** The aggregates an organisation report shows: both series and every heatmap cell. */
export function orgReportCsv(report: OrgReport | Notice): string {
  if (report.kind === 'notice') return noticeCsv(report);
  const rows: CsvCell[][] = [];
  for (const [section, series] of [
    ['participation', report.participation],
    ['engagement', report.engagement],
  ] as const) {
    for (const point of series) {
      const cell: ScoreCell = {
        score: point.value,
        n: point.n,
        ...(point.hidden ? { hidden: point.hidden } : {}),
      };
      rows.push(cellRow(section, '', point.period, point.label ?? point.period, cell));
    }
  }
  for (const row of report.heatmap) {
    for (const [key, label] of Object.entries(report.elementLabels)) {
      const cell = row.cells.find((candidate) => candidate.elementKey === key) ?? {
        score: null,
        n: 0,
        hidden: 'no_data' as const,
      };
      rows.push(cellRow('heatmap', row.team.name, key, label, cell));
    }
  }
  return toCsv([CSV_HEADER, ...rows.map(guardRow)]);
}

/** Before any results: the same columns, one row that says so, so a spreadsheet still opens it. */
function noticeCsv(notice: Notice): string {
  const text = spell(notice.text, notice.locale, featureByName);
  return toCsv([CSV_HEADER, guardRow(['notice', '', 'no_results', text, '', '', '', '', '', '', '', ''])]);
}

function cellRow(
  section: string,
  team: string,
  key: string,
  label: string,
  cell: ScoreCell,
  window?: RowWindow,
): CsvCell[] {
  const pooled = window === undefined ? ['', ''] : [window.weeks, window.asOfWeek];
  const hidden: HiddenReason | undefined = cell.hidden ?? (cell.score === null ? 'no_data' : undefined);
  if (hidden !== undefined || cell.score === null) {
    return [section, team, key, label, '', '', '', hidden ?? 'no_data', '', '', ...pooled];
  }
  return [
    section,
    team,
    key,
    label,
    round(cell.score),
    cell.n,
    cell.favourablePercent ?? '',
    '',
    cell.rounds ?? '',
    cell.statements ?? '',
    ...pooled,
  ];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula; a team or
 * label named that way is written as text instead. Numbers stay numbers.
 */
function guardRow(row: readonly CsvCell[]): CsvCell[] {
  return row.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
}
