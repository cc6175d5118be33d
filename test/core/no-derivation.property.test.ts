import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discloseOverTime, findDerivation, type FigureOver } from '../../src/core/index.ts';
import {
  organisationArb,
  viewsOverTime,
  type GeneratedOrganisation,
} from '../support/generated-organisations.ts';
import { simpleDerivation } from '../support/simple-derivations.ts';

/** Every figure any viewer saw at any moment, once per set of groups, and how many views were decided. */
function everythingShown(org: GeneratedOrganisation): { shown: FigureOver[]; views: number } {
  const moments = viewsOverTime(org);
  const decisions = discloseOverTime(org.rounds, moments);
  const shown = new Map<string, FigureOver>();
  moments.forEach((moment, i) => {
    for (const figure of [...moment.fixed, ...moment.candidates]) {
      if (decisions[i]?.get(figure.id)?.visible) shown.set([...figure.groups].sort().join(','), figure);
    }
  });
  const views = moments.reduce((total, m) => total + m.fixed.length + m.candidates.length, 0);
  return { shown: [...shown.values()], views };
}

describe('no combination of visible figures isolates fewer than k people', () => {
  it('in 10,000 generated organisations, across the hierarchy, the organisation, moments and rounds', () => {
    let organisations = 0;
    let views = 0;
    let figuresShown = 0;
    fc.assert(
      fc.property(organisationArb({ maxTeams: 6, maxWeeks: 3 }), (org) => {
        const { shown, views: decided } = everythingShown(org);
        organisations++;
        views += decided;
        figuresShown += shown.length;
        expect(findDerivation(org.rounds, shown)).toBeNull();
        expect(simpleDerivation(org.rounds, shown)).toBeNull();
      }),
      { numRuns: 10_000, seed: 1023 },
    );
    console.info(
      `derivation search: ${organisations} organisations, ${views} views over their moments, ${figuresShown} distinct figures shown, 0 derivations`,
    );
    expect(organisations).toBe(10_000);
  }, 180_000);

  it('the same organisations leak when every figure at or over k is shown (the search has something to find)', () => {
    let leaking = 0;
    fc.assert(
      fc.property(organisationArb({ maxTeams: 6, maxWeeks: 3 }), (org) => {
        const naive = viewsOverTime(org).flatMap((m) => [...m.fixed, ...m.candidates]);
        const byId = new Map(org.rounds.map((r) => [r.id, r] as const));
        const atK = naive.filter((f) => {
          const groups = f.groups
            .map((id) => byId.get(id))
            .filter((g) => g !== undefined && g.respondents > 0);
          const people = groups.reduce((total, g) => total + (g?.respondents ?? 0), 0);
          return groups.length > 0 && people >= Math.max(...groups.map((g) => g?.k ?? 0));
        });
        if (findDerivation(org.rounds, atK)) leaking++;
      }),
      { numRuns: 1_000, seed: 1023 },
    );
    expect(leaking).toBeGreaterThan(100);
  });
});
