import type {
  Notice,
  OrgReport,
  Participation,
  ScoreCell,
  ScoreRow,
  SeriesPoint,
  TeamReport,
} from '../../messages/types.ts';

/** The element the home calls engagement: the model's own "employee engagement". */
export const ENGAGEMENT_ELEMENT = 'employee-engagement';

/** How many movers each way the home names. */
export const MOVERS_SHOWN = 3;

/** A score that moved beyond noise between the two newest periods, as the team report says it. */
export interface HomeMover {
  readonly label: string;
  readonly change: number;
  /** "Up 8 points since last time", from the report. */
  readonly trendLabel: string;
  readonly cell: ScoreCell;
}

/** One team's headline figures, each taken from the team report built for the viewer. */
export interface TeamHome {
  readonly kind: 'team';
  readonly team: { readonly id: string; readonly name: string };
  /** The window every score pools and its as-of date, in words. */
  readonly windowLabel?: string;
  readonly engagement: {
    readonly label: string;
    /** The rolling score over the window (hidden with its reason where the report hides it). */
    readonly cell: ScoreCell;
    readonly trendLabel?: string;
    /** Oldest first: the report's four-week periods. */
    readonly trend: readonly SeriesPoint[];
  };
  readonly enps: {
    /** The latest four-week period's eNPS as the report shows it; absent when no round asked it. */
    readonly cell?: ScoreCell;
    /** Oldest first: the report's four-week periods, each shown, hidden or not asked as the report says. */
    readonly trend: readonly SeriesPoint[];
  };
  readonly participation: Participation & { readonly periodLabel: string };
  readonly movers: { readonly up: readonly HomeMover[]; readonly down: readonly HomeMover[] };
}

/** A team before its first round has closed: the report's own notice. */
export interface TeamHomeNotice {
  readonly kind: 'team-notice';
  readonly team: { readonly id: string; readonly name: string };
  readonly notice: Notice;
}

/** The organisation's headline figures for HR, each taken from the organisation report. */
export interface OrgHome {
  readonly kind: 'org';
  readonly periodLabel: string;
  /** eNPS per 4-week period over all teams, each shown, hidden or not asked as the report says; the latest shown. */
  readonly enps: { readonly latest?: SeriesPoint; readonly trend: readonly SeriesPoint[] };
  /** Participation per week over all teams; the latest with its counts. */
  readonly participation: {
    readonly latest?: Participation & { readonly periodLabel: string };
    readonly trend: readonly SeriesPoint[];
  };
  /** Each team's engagement cell of the heatmap, hidden where the report hides it. */
  readonly teams: readonly {
    readonly team: { readonly id: string; readonly name: string };
    readonly cell: ScoreCell;
  }[];
  readonly engagementLabel: string;
  /** The report's falls beyond noise, largest first. */
  readonly falling: OrgReport['falling'];
}

/** What the dashboard's home shows one viewer: the organisation for HR, and the teams they lead. */
export interface HomeSummary {
  readonly kind: 'home';
  readonly locale: TeamReport['locale'];
  readonly organisation?: OrgHome | { readonly kind: 'org-notice'; readonly notice: Notice };
  readonly teams: readonly (TeamHome | TeamHomeNotice)[];
}

/**
 * A team's home from its report: nothing is computed
 * here that the report did not decide, so a figure the report hides (under
 * k, or a change it may not show) cannot appear.
 */
export function teamHome(report: TeamReport): TeamHome {
  const engagement = report.elements.find((row) => row.target.key === ENGAGEMENT_ELEMENT);
  const history = report.history?.rows.find((row) => row.team.id === ENGAGEMENT_ELEMENT);
  const rows = [...report.elements, ...report.traits];
  const moved = rows.filter(
    (row): row is ScoreRow & { change: number; trendLabel: string } =>
      row.changeBeyondNoise === true &&
      row.change !== undefined &&
      row.trendLabel !== undefined &&
      row.hidden === undefined,
  );
  const mover = (row: ScoreRow & { change: number; trendLabel: string }): HomeMover => ({
    label: row.label,
    change: row.change,
    trendLabel: row.trendLabel,
    cell: row,
  });
  return {
    kind: 'team',
    team: report.team,
    ...(report.windowLabel === undefined ? {} : { windowLabel: report.windowLabel }),
    engagement: {
      label: engagement?.label ?? history?.team.name ?? ENGAGEMENT_ELEMENT,
      cell: engagement ?? { score: null, n: 0, hidden: 'not_asked' },
      ...(engagement?.trendLabel === undefined ? {} : { trendLabel: engagement.trendLabel }),
      trend: (history?.cells ?? []).map((cell) =>
        seriesPoint(cell, cell.elementKey, report.history?.weekLabels[cell.elementKey]),
      ),
    },
    enps: {
      ...(report.enps === undefined ? {} : { cell: report.enps }),
      trend: report.enps?.history ?? [],
    },
    participation: { ...report.participation, periodLabel: report.periodLabel },
    movers: {
      up: moved
        .filter((row) => row.change > 0)
        .sort((a, b) => b.change - a.change)
        .slice(0, MOVERS_SHOWN)
        .map(mover),
      down: moved
        .filter((row) => row.change < 0)
        .sort((a, b) => a.change - b.change)
        .slice(0, MOVERS_SHOWN)
        .map(mover),
    },
  };
}

/** The organisation's home from its report and the latest week's participation counts. */
export function orgHome(
  report: OrgReport,
  latestParticipation: (Participation & { readonly periodLabel: string }) | undefined,
): OrgHome {
  const trend = report.enps?.history ?? [];
  const latest = trend.filter((point) => point.hidden === undefined).at(-1);
  return {
    kind: 'org',
    periodLabel: report.periodLabel,
    enps: { ...(latest ? { latest } : {}), trend },
    participation: {
      ...(latestParticipation ? { latest: latestParticipation } : {}),
      trend: report.participation,
    },
    teams: report.heatmap.map((row) => ({
      team: row.team,
      cell: row.cells.find((cell) => cell.elementKey === ENGAGEMENT_ELEMENT) ?? {
        score: null,
        n: 0,
        hidden: 'no_data',
      },
    })),
    engagementLabel: report.elementLabels[ENGAGEMENT_ELEMENT] ?? ENGAGEMENT_ELEMENT,
    falling: report.falling.slice(0, MOVERS_SHOWN),
  };
}

function seriesPoint(cell: ScoreCell, period: string, label: string | undefined): SeriesPoint {
  const base = { period, n: cell.n, ...(label === undefined ? {} : { label }) };
  return cell.hidden === undefined && cell.score !== null
    ? { ...base, value: cell.score }
    : { ...base, value: null, hidden: cell.hidden ?? 'no_data' };
}
