import fc from 'fast-check';
import {
  discloseOverTime,
  type CandidateFigure,
  type FigureOver,
  type RespondentGroup,
} from '../../src/core/index.ts';

/**
 * Organisations for the derivation search: a forest of teams, rounds in a
 * few weeks with sizes near k and k changing between rounds, rounds closing
 * in any order (a late close lands after a later week's), teams joining
 * (first round in a later week) and leaving (gone from every view after
 * some moment).
 */
export interface GeneratedOrganisation {
  readonly teams: readonly { readonly id: string; readonly parent?: string; readonly leavesAt?: number }[];
  readonly rounds: readonly GeneratedRound[];
}

export interface GeneratedRound extends RespondentGroup {
  readonly team: string;
  readonly week: number;
  readonly closesAt: number;
}

export const organisationArb = (options: { maxTeams: number; maxWeeks: number }) =>
  fc
    .record({
      weeks: fc.integer({ min: 1, max: options.maxWeeks }),
      teams: fc.array(
        fc.record({
          parent: fc.option(fc.nat(), { nil: undefined }),
          leavesAt: fc.option(fc.nat({ max: 3 * options.maxTeams * options.maxWeeks }), { nil: undefined }),
          rounds: fc.array(
            fc.option(
              fc.record({
                respondents: fc.integer({ min: 0, max: 10 }),
                k: fc.integer({ min: 3, max: 5 }),
                closesAt: fc.nat({ max: 1000 }),
              }),
              { nil: undefined },
            ),
            { minLength: options.maxWeeks, maxLength: options.maxWeeks },
          ),
        }),
        { minLength: 1, maxLength: options.maxTeams },
      ),
    })
    .map(({ weeks, teams }): GeneratedOrganisation => ({
      teams: teams.map((team, i) => ({
        id: `t${i}`,
        ...(team.parent !== undefined && i > 0 ? { parent: `t${team.parent % i}` } : {}),
        ...(team.leavesAt !== undefined ? { leavesAt: team.leavesAt } : {}),
      })),
      rounds: teams.flatMap((team, i) =>
        team.rounds.slice(0, weeks).flatMap((round, week) =>
          round
            ? [
                {
                  id: `t${i}w${week}`,
                  team: `t${i}`,
                  week,
                  ...round,
                  closesAt: round.closesAt + week * 100,
                },
              ]
            : [],
        ),
      ),
    }));

/** One moment: what every view shows after one more round closed. */
export interface ViewsAtMoment {
  /** Each closed round's figure on its team's own page. */
  readonly fixed: readonly FigureOver[];
  /** Heatmap roll-ups, the organisation's week totals (eNPS, say) and the organisation's latest total. */
  readonly candidates: readonly CandidateFigure[];
}

/** Every view of every moment, in the order the rounds close (ties by round id). */
export function viewsOverTime(org: GeneratedOrganisation): ViewsAtMoment[] {
  const order = [...org.rounds].sort((a, b) => a.closesAt - b.closesAt || a.id.localeCompare(b.id));
  return order.map((_, moment) => {
    const closed = order.slice(0, moment + 1);
    const active = org.teams.filter((team) => team.leavesAt === undefined || team.leavesAt > moment);
    const activeIds = new Set(active.map((team) => team.id));
    const latest = (team: string): string[] => {
      const own = closed
        .filter((round) => round.team === team)
        .sort((a, b) => b.week - a.week || b.closesAt - a.closesAt);
      return own[0] ? [own[0].id] : [];
    };
    // A team whose parent left stands at the top, as in the organisation report.
    const children = (id: string) => active.filter((team) => team.parent === id && activeIds.has(id));
    const subtree = (id: string): string[] => [
      ...latest(id),
      ...children(id).flatMap((child) => subtree(child.id)),
    ];
    const weeks = [...new Set(closed.map((round) => round.week))];
    return {
      fixed: closed.map((round) => ({ id: `own ${round.id}`, groups: [round.id] })),
      candidates: [
        ...active.map((team) => ({ id: `heatmap ${team.id}`, groups: subtree(team.id), priority: 1 })),
        ...weeks.map((week) => ({
          id: `week ${week}`,
          groups: closed
            .filter((round) => round.week === week && activeIds.has(round.team))
            .map((round) => round.id),
          priority: 2,
        })),
        { id: 'organisation latest', groups: active.flatMap((team) => latest(team.id)), priority: 2 },
      ],
    };
  });
}

/**
 * Every view of every moment decided by the disclosure model: the figures
 * ever shown and, as a control, the figures at or over their k (what a view
 * would show without the model), each once per set of groups.
 */
export function shownOverTime(org: GeneratedOrganisation): {
  readonly shown: FigureOver[];
  readonly atK: FigureOver[];
  readonly views: number;
} {
  const moments = viewsOverTime(org);
  const decisions = discloseOverTime(org.rounds, moments);
  const byId = new Map(org.rounds.map((r) => [r.id, r] as const));
  const shown = new Map<string, FigureOver>();
  const atK = new Map<string, FigureOver>();
  let views = 0;
  moments.forEach((moment, i) => {
    for (const figure of [...moment.fixed, ...moment.candidates]) {
      views++;
      const key = [...figure.groups].sort().join(',');
      if (decisions[i]?.get(figure.id)?.visible) shown.set(key, figure);
      const groups = figure.groups.flatMap((id) => {
        const g = byId.get(id);
        return g && g.respondents > 0 ? [g] : [];
      });
      const people = groups.reduce((total, g) => total + g.respondents, 0);
      if (groups.length > 0 && people >= Math.max(...groups.map((g) => g.k))) atK.set(key, figure);
    }
  });
  return { shown: [...shown.values()], atK: [...atK.values()], views };
}
