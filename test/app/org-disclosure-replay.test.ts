import { describe, expect, it } from 'vitest';
import { EXACT_SEARCH_HIDDEN_GROUPS, enpsPeriodDisclosure } from '../../src/app/reports/org-disclosure.ts';
import { enpsPeriod, findDerivation, type FigureOver, type RespondentGroup } from '../../src/core/index.ts';
import { generatedOrgHistory } from '../support/generated-org-history.ts';

describe('the organisation report replays every close quickly without changing what it shows', () => {
  it('hides and shows the same period totals with known teams taken out of the search as without', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { teams, respondents } = generatedOrgHistory({ teams: 8, weeks: 8, seed, branching: 2 });
      // The exact search throughout, however many rounds are under k.
      const exact = { exactUpTo: Infinity };
      const reference = { ...exact, projectKnown: false };
      const totals = enpsPeriodDisclosure(teams, respondents, exact);
      expect(totals).toEqual(enpsPeriodDisclosure(teams, respondents, reference));
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
  // A group's id is "<team> <ISO week>"; the totals are keyed by the week's 4-week period.
  const periodOf = (group: RespondentGroup) => String(enpsPeriod(group.id.split(' ')[1] ?? ''));
  const inPeriod = (group: RespondentGroup, period: string) => periodOf(group) === period;
  const shownAlone = (group: RespondentGroup) => group.respondents === 0 || group.respondents >= group.k;

  it('shows an aggregate only when each of its rounds is shown on its own, and nothing shown isolates anyone', () => {
    for (const seed of [1, 2, 3]) {
      const history = generatedOrgHistory({ teams: 8, weeks: 8, seed, branching: 2 });
      const groups = groupsOf(history);
      const byId = new Map(groups.map((g) => [g.id, g] as const));
      // Forced onto the rule without a search, on an organisation small enough to search exactly afterwards.
      const decisions = [
        ...enpsPeriodDisclosure(history.teams, history.respondents, { exactUpTo: 0 }),
      ].filter(([, decision]) => decision.visible);
      const shown: FigureOver[] = decisions.map(([period]) => ({
        id: period,
        groups: groups.filter((g) => inPeriod(g, period)).map((g) => g.id),
      }));
      for (const figure of shown) expect(figure.groups.every((id) => shownAlone(byId.get(id)!))).toBe(true);
      const own = groups.filter(shownAlone).map((g) => ({ id: `own ${g.id}`, groups: [g.id] }));
      expect(findDerivation(groups, [...own, ...shown])).toBeNull();
      // Some periods hold a small team's round under k, so the rule had something to hide.
      expect(decisions.length).toBeLessThan(new Set(groups.map((g) => periodOf(g))).size);
    }
  });

  it('decides a year of 40 teams without the search, hiding every period total that holds a round under k', () => {
    const history = generatedOrgHistory({ teams: 40, weeks: 52, seed: 7 });
    const hidden = groupsOf(history).filter((g) => !shownAlone(g)).length;
    expect(hidden).toBeGreaterThan(EXACT_SEARCH_HIDDEN_GROUPS);
    const totals = enpsPeriodDisclosure(history.teams, history.respondents);
    expect(totals.size).toBe(new Set(groupsOf(history).map((g) => periodOf(g))).size);
    for (const [period, decision] of totals) {
      const ofPeriod = groupsOf(history).filter((g) => inPeriod(g, period));
      expect(decision.visible).toBe(ofPeriod.every(shownAlone));
    }
    expect([...totals.values()].some((d) => !d.visible)).toBe(true);
  });
});
