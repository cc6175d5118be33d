import {
  discloseOverTime,
  type CandidateFigure,
  type DisclosureDecision,
  type FigureOver,
  type RespondentGroup,
} from '../../core/index.ts';
import { enpsPeriod } from '../../core/index.ts';
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

/** One round's close, in the order the replay goes through them. */
interface Close {
  readonly team: string;
  readonly week: string;
}

/**
 * The exact search's cost grows quickly with the groups that are shown
 * nowhere on their own (a round below its k). Past this many, an
 * organisation's aggregates are decided by a rule that needs no search (see
 * `onlyShownGroups`); the count is of data, never of time, so the same
 * history is always decided the same way.
 */
export const EXACT_SEARCH_HIDDEN_GROUPS = 16;

/** Switches the disclosure model's projection of known groups off, for tests to compare against. */
export interface ReplayOptions {
  readonly projectKnown?: boolean;
  /** Hidden groups up to which the exact search runs (EXACT_SEARCH_HIDDEN_GROUPS by default). */
  readonly exactUpTo?: number;
}

/**
 * Which of the organisation's 4-week eNPS periods may be shown, keyed by the
 * period's number (`enpsPeriod`): a period's total pools every team's rounds
 * in its weeks, decided over every close in order, so neither the total nor
 * the total minus any teams' own figures isolates fewer than k people.
 */
export function enpsPeriodDisclosure(
  teams: readonly TeamRounds[],
  respondents: RespondentsOf,
  options: ReplayOptions = {},
): Map<string, DisclosureDecision> {
  const view = () => {
    const order = new Map(teams.map((t, i) => [t.id, i] as const));
    const totals = new Map<
      string,
      { readonly parts: readonly { team: string; week: string }[]; readonly groups: readonly string[] }
    >();
    return (close: Close): CandidateFigure[] => {
      const period = String(enpsPeriod(close.week));
      const total = totals.get(period) ?? { parts: [], groups: [] };
      if (!total.parts.some((p) => p.team === close.team && p.week === close.week)) {
        const parts = [...total.parts, { team: close.team, week: close.week }].sort(
          (a, b) => (order.get(a.team) ?? 0) - (order.get(b.team) ?? 0) || compareText(a.week, b.week),
        );
        totals.set(period, { parts, groups: parts.map((p) => groupId(p.team, p.week)) });
      }
      // A total the close did not change keeps its array, so the model sees the same figure.
      return [...totals].map(([id, { groups }]) => ({ id, groups, priority: 2 }));
    };
  };
  return decideOverTime(teams, respondents, view, options);
}

/**
 * Replays the rounds' closes in order: after each, the closing team's own
 * figure is known (with every earlier one) and the candidates `view` gives
 * for that moment are decided with everything shown before. Returns the
 * decisions as of the last close.
 */
function decideOverTime(
  teams: readonly TeamRounds[],
  respondents: RespondentsOf,
  view: () => (close: Close) => CandidateFigure[],
  options: ReplayOptions,
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
  const after = view();
  const hidden = [...groups.values()].filter((g) => g.respondents > 0 && g.respondents < g.k).length;
  if (hidden > (options.exactUpTo ?? EXACT_SEARCH_HIDDEN_GROUPS)) {
    const last = closes.map((close) => after(close)).at(-1) ?? [];
    return onlyShownGroups(groups, last);
  }
  const closed = new Set<string>();
  const moments = closes.map((close) => {
    const id = groupId(close.team, close.week);
    // Earlier own figures stay published in the model; only a new one needs saying.
    const fixed: FigureOver[] = closed.has(id) ? [] : [{ id: `own ${id}`, groups: [id] }];
    closed.add(id);
    return { fixed, candidates: after(close) };
  });
  return discloseOverTime([...groups.values()], moments, options).at(-1) ?? new Map();
}

/**
 * The rule without a search: an aggregate is shown only when every group in
 * it is itself shown (at least its own k people, or nobody). Such a figure is
 * a sum of figures every viewer already has, so no combination with it
 * isolates anyone that could not be isolated without it; and since groups
 * are closed rounds that never change, it adds nothing to what the exact
 * search let viewers see earlier, when the organisation was smaller.
 */
function onlyShownGroups(
  groups: ReadonlyMap<string, RespondentGroup>,
  candidates: readonly CandidateFigure[],
): Map<string, DisclosureDecision> {
  return new Map(
    candidates.map((candidate) => {
      const parts = candidate.groups.flatMap((id) => groups.get(id) ?? []);
      const people = parts.reduce((total, g) => total + g.respondents, 0);
      const k = Math.max(0, ...parts.map((g) => g.k));
      const decision: DisclosureDecision =
        people < k
          ? { visible: false, reason: 'below_k' }
          : parts.some((g) => g.respondents > 0 && g.respondents < g.k)
            ? { visible: false, reason: 'complementary' }
            : { visible: true };
      return [candidate.id, decision] as const;
    }),
  );
}

function groupId(teamId: string, week: string): string {
  return `${teamId} ${week}`;
}
