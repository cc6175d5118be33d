import {
  discloseOverTime,
  type CandidateFigure,
  type DisclosureDecision,
  type FigureOver,
  type RespondentGroup,
} from '../../core/index.ts';
import { compareText } from '../../core/tie-break.ts';

/** A team of the organisation report with its closed rounds, as the disclosure model needs them. */
export interface TeamRounds {
  readonly id: string;
  /** Its parent among the report's teams, if any. */
  readonly parentId?: string;
  readonly rounds: readonly {
    readonly id: string;
    readonly week: string;
    readonly k: number;
    readonly closedAt: Date;
  }[];
}

/** How many people answered one measure (an element, eNPS) in one team's round of a week. */
export type RespondentsOf = (teamId: string, week: string) => number;

/**
 * Which heatmap cells of one element may be shown: each team's roll-up (its
 * latest figure plus every team below it) is decided by the one disclosure
 * model against everything else a viewer can reach — every team's own round
 * figures on its team page, and every roll-up as it stood after each earlier
 * round closed.
 */
export function heatmapDisclosure(
  teams: readonly TeamRounds[],
  respondents: RespondentsOf,
): Map<string, DisclosureDecision> {
  return decideOverTime(teams, respondents, (closed) => {
    const latest = (teamId: string): string[] => {
      const asked = (closed.get(teamId) ?? []).filter((week) => respondents(teamId, week) > 0);
      const week = asked.sort(compareText).at(-1);
      return week === undefined ? [] : [groupId(teamId, week)];
    };
    const subtree = (teamId: string): string[] => [
      ...latest(teamId),
      ...teams.filter((t) => t.parentId === teamId).flatMap((child) => subtree(child.id)),
    ];
    return teams.map((team) => ({ id: team.id, groups: subtree(team.id), priority: 1 }));
  });
}

/**
 * Which of the organisation's week totals (eNPS per week) may be shown, by
 * the same model: a week's total as it stood after each round closed is
 * known, and so is every team's own figure for that week.
 */
export function weekTotalsDisclosure(
  teams: readonly TeamRounds[],
  respondents: RespondentsOf,
): Map<string, DisclosureDecision> {
  return decideOverTime(teams, respondents, (closed) => {
    const weeks = [...new Set([...closed.values()].flat())];
    return weeks.map((week) => ({
      id: week,
      groups: teams.filter((t) => closed.get(t.id)?.includes(week)).map((t) => groupId(t.id, week)),
      priority: 2,
    }));
  });
}

/**
 * Replays the rounds' closes in order: after each, the teams' own figures
 * are known and the candidates are decided with everything shown before.
 * Returns the decisions as of the last close.
 */
function decideOverTime(
  teams: readonly TeamRounds[],
  respondents: RespondentsOf,
  candidatesAt: (closed: ReadonlyMap<string, readonly string[]>) => CandidateFigure[],
): Map<string, DisclosureDecision> {
  const groups = new Map<string, RespondentGroup>();
  for (const team of teams) {
    for (const round of team.rounds) {
      const id = groupId(team.id, round.week);
      const k = Math.max(round.k, groups.get(id)?.k ?? 0);
      groups.set(id, { id, respondents: respondents(team.id, round.week), k });
    }
  }
  const closes = teams
    .flatMap((team) => team.rounds.map((round) => ({ team: team.id, ...round })))
    .sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime() || compareText(a.id, b.id));
  const closed = new Map<string, string[]>();
  const moments = closes.map((close) => {
    const weeks = closed.get(close.team) ?? [];
    if (!weeks.includes(close.week)) closed.set(close.team, [...weeks, close.week]);
    const fixed: FigureOver[] = [...closed].flatMap(([teamId, closedWeeks]) =>
      closedWeeks.map((week) => ({ id: `own ${groupId(teamId, week)}`, groups: [groupId(teamId, week)] })),
    );
    return { fixed, candidates: candidatesAt(closed) };
  });
  return discloseOverTime([...groups.values()], moments).at(-1) ?? new Map();
}

function groupId(teamId: string, week: string): string {
  return `${teamId} ${week}`;
}
