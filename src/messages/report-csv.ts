import { featureByName, spell } from './index.ts';
import { t } from './i18n/translate.ts';
import type { HiddenReason, Notice, OrgReport, ScoreCell, SeriesPoint, TeamReport } from './types.ts';
import { ENPS_PERIOD_WEEKS } from '../core/enps-schedule.ts';
import { PERIOD_WEEKS } from '../core/rolling-score.ts';
import { toCsv, type CsvCell } from '../model/csv.ts';
import type { Locale } from '../model/keys.ts';
import { weeksWindow, type ScoreWindowData } from './score-window.ts';

/*
 * The file is in its reader's language: column names, section names, the
 * reason a figure is hidden, and the labels (element and value names, periods
 * such as "week 50, 2026"), all from the catalogue. What a program joins on
 * stays the same in every language: the `key` column (element, value and
 * team keys, ISO weeks such as 2026-W50) and the numbers.
 *
 * Numbers keep a decimal point and fields stay comma-separated (RFC 4180) in
 * Dutch too. A decimal comma would need ";" between fields, and then the
 * same report would parse differently by the language of whoever downloaded
 * it; ";" with a decimal point is worse: Dutch Excel reads 12.5 as 12 May.
 * With commas and points every program (LibreOffice, Google Sheets, Excel's
 * "From Text/CSV", pandas) reads a score as a number.
 */

const COLUMNS = [
  'section',
  'team',
  'key',
  'label',
  'value',
  'n',
  'favourable',
  'hidden',
  'rounds',
  'statements',
  'window',
  'as-of',
  'from',
  'to',
] as const;

/** The window columns of a row whose figure pools no window. */
const EMPTY_WINDOW = ['', '', '', ''] as const;

type Section =
  | 'participation'
  | 'elements'
  | 'traits'
  | 'culture_current'
  | 'culture_desired'
  | 'history'
  | 'enps'
  | 'heatmap'
  | 'notice';

/** The column names in `locale`: "section,team,key,label,…" in English, "onderdeel,team,sleutel,naam,…" in Dutch. */
export function csvHeader(locale: Locale): string[] {
  return COLUMNS.map((column) => t(locale, `csv.column.${column}`));
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
  const { locale } = report;
  const team = report.team.name;
  const cellRow = rowsIn(locale);
  const rows: CsvCell[][] = [
    [
      t(locale, 'csv.section.participation'),
      team,
      'rate_percent',
      report.participation.label,
      report.participation.ratePercent,
      report.participation.respondents,
      ...EMPTY_WINDOW,
    ],
  ];
  const window = report.scoreWindow;
  for (const row of report.elements)
    rows.push(cellRow('elements', team, row.target.key, row.label, row, window));
  for (const row of report.traits) rows.push(cellRow('traits', team, row.target.key, row.label, row, window));
  for (const row of report.culture) {
    rows.push(cellRow('culture_current', team, row.valueKey, row.label, row.current, window));
    if (row.desired) {
      // What the team wants more of pools its own window, long enough to hold every value once.
      const desiredWindow = report.wantsMore?.window ?? window;
      rows.push(cellRow('culture_desired', team, row.valueKey, row.label, row.desired, desiredWindow));
    }
  }
  const history = report.history;
  for (const row of history?.rows ?? []) {
    for (const cell of row.cells) {
      const label = `${row.team.name} · ${history?.weekLabels[cell.elementKey] ?? cell.elementKey}`;
      rows.push(
        cellRow('history', team, row.team.id, label, cell, weeksWindow(cell.elementKey, PERIOD_WEEKS)),
      );
    }
  }
  if (report.enps) rows.push(cellRow('enps', team, 'enps', report.enps.label, report.enps));
  return toCsv([csvHeader(locale), ...rows.map(guardRow)]);
}

/** The aggregates an organisation report shows: participation per week, eNPS per 4-week period and every heatmap cell. */
export function orgReportCsv(report: OrgReport | Notice): string {
  if (report.kind === 'notice') return noticeCsv(report);
  const { locale } = report;
  const cellRow = rowsIn(locale);
  const rows: CsvCell[][] = [];
  const pointRow = (section: Section, point: SeriesPoint, window?: ScoreWindowData) =>
    cellRow(
      section,
      '',
      point.period,
      point.label ?? point.period,
      { score: point.value, n: point.n, ...(point.hidden ? { hidden: point.hidden } : {}) },
      window,
    );
  for (const point of report.participation) rows.push(pointRow('participation', point));
  // eNPS per 4-week period: one row per period, keyed by its last week, with the period's days.
  for (const point of report.enps?.history ?? [])
    rows.push(pointRow('enps', point, weeksWindow(point.period, ENPS_PERIOD_WEEKS)));
  // Each cell with the rounds and statements behind it and the window it pools.
  for (const row of report.heatmap) {
    for (const [key, label] of Object.entries(report.elementLabels)) {
      const cell = row.cells.find((candidate) => candidate.elementKey === key) ?? {
        score: null,
        n: 0,
        hidden: 'no_data' as const,
      };
      rows.push(cellRow('heatmap', row.team.name, key, label, cell, report.scoreWindow));
    }
  }
  return toCsv([csvHeader(locale), ...rows.map(guardRow)]);
}

/** Before any results: the same columns, one row that says so, so a spreadsheet still opens it. */
function noticeCsv(notice: Notice): string {
  const { locale } = notice;
  const text = spell(notice.text, locale, featureByName);
  const row = [
    t(locale, 'csv.section.notice'),
    '',
    'no_results',
    text,
    '',
    '',
    '',
    '',
    '',
    '',
    ...EMPTY_WINDOW,
  ];
  return toCsv([csvHeader(locale), guardRow(row)]);
}

/** One figure's row in `locale`: its section and, for a hidden figure, the reason, in the reader's words. */
function rowsIn(locale: Locale) {
  return (
    section: Section,
    team: string,
    key: string,
    label: string,
    cell: ScoreCell,
    window?: ScoreWindowData,
  ): CsvCell[] => {
    const named = t(locale, `csv.section.${section}`);
    const pooled =
      window === undefined ? EMPTY_WINDOW : [window.weeks, window.asOfWeek, window.from, window.to];
    const hidden: HiddenReason | undefined = cell.hidden ?? (cell.score === null ? 'no_data' : undefined);
    if (hidden !== undefined || cell.score === null) {
      const reason = t(locale, `csv.hidden.${hidden ?? 'no_data'}`);
      return [named, team, key, label, '', '', '', reason, '', '', ...pooled];
    }
    return [
      named,
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
  };
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
