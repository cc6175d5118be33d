import { describe, expect, it } from 'vitest';
import { EXACT_SEARCH_HIDDEN_GROUPS, weekTotalsDisclosure } from '../../src/app/reports/org-disclosure.ts';
import { findDerivation, type FigureOver, type RespondentGroup } from '../../src/core/index.ts';
import { generatedOrgHistory } from '../support/generated-org-history.ts';

describe('the organisation report replays every close quickly without changing what it shows', () => {
  it('hides and shows the same week totals with known teams taken out of the search as without', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { teams, respondents } = generatedOrgHistory({ teams: 8, weeks: 8, seed, branching: 2 });
      // The exact search throughout, however many rounds are under k.
      const exact = { exactUpTo: Infinity };
      const reference = { ...exact, projectKnown: false };
      const totals = weekTotalsDisclosure(teams, respondents, exact);
      expect(totals).toEqual(weekTotalsDisclosure(teams, respondents, reference));
      // The small teams near k make the model hide something, so the comparison has something to compare.
      expect([...totals.values()].some((d) => !d.visible)).toBe(true);
    }
  });
});

describe('an organisation too large for the exact search', () => {
  const groupsOf = (history: ReturnType<typeof generatedOrgHistory>): RespondentGroup[] =>
    history.teams.flatMap((team) =>
      team.rounds.map((round) => ({
        id: `${team.id} ${round.week}`,
        respondents: history.respondents(team.id, round.week),
        k: round.k,
      })),
    );
  const shownAlone = (group: RespondentGroup) => group.respondents === 0 || group.respondents >= group.k;

  it('shows an aggregate only when each of its rounds is shown on its own, and nothing shown isolates anyone', () => {
    for (const seed of [1, 2, 3]) {
      const history = generatedOrgHistory({ teams: 8, weeks: 8, seed, branching: 2 });
      const groups = groupsOf(history);
      const byId = new Map(groups.map((g) => [g.id, g] as const));
      // Forced onto the rule without a search, on an organisation small enough to search exactly afterwards.
      const decisions = [
        ...weekTotalsDisclosure(history.teams, history.respondents, { exactUpTo: 0 }),
      ].filter(([, decision]) => decision.visible);
      const shown: FigureOver[] = decisions.map(([week]) => ({
        id: week,
        groups: groups.filter((g) => g.id.endsWith(` ${week}`)).map((g) => g.id),
      }));
      for (const figure of shown) expect(figure.groups.every((id) => shownAlone(byId.get(id)!))).toBe(true);
      const own = groups.filter(shownAlone).map((g) => ({ id: `own ${g.id}`, groups: [g.id] }));
      expect(findDerivation(groups, [...own, ...shown])).toBeNull();
      // Some weeks hold a small team's round under k, so the rule had something to hide.
      expect(decisions.length).toBeLessThan(8);
    }
  });

  it('decides a year of 40 teams without the search, hiding every week total that holds a round under k', () => {
    const history = generatedOrgHistory({ teams: 40, weeks: 52, seed: 7 });
    const hidden = groupsOf(history).filter((g) => !shownAlone(g)).length;
    expect(hidden).toBeGreaterThan(EXACT_SEARCH_HIDDEN_GROUPS);
    const totals = weekTotalsDisclosure(history.teams, history.respondents);
    expect(totals.size).toBe(52);
    for (const [week, decision] of totals) {
      const ofWeek = groupsOf(history).filter((g) => g.id.endsWith(` ${week}`));
      expect(decision.visible).toBe(ofWeek.every(shownAlone));
    }
    expect([...totals.values()].some((d) => !d.visible)).toBe(true);
  });
});
