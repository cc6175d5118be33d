import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDerivation } from '../../src/core/index.ts';
import { organisationArb, shownOverTime } from '../support/generated-organisations.ts';
import { simpleDerivation } from '../support/simple-derivations.ts';

describe('no combination of visible figures isolates fewer than k people', () => {
  it('in 10,000 generated organisations, across the hierarchy, the organisation, moments and rounds', () => {
    let organisations = 0;
    let views = 0;
    let figuresShown = 0;
    fc.assert(
      fc.property(organisationArb({ maxTeams: 6, maxWeeks: 3 }), (org) => {
        const { shown, views: decided } = shownOverTime(org);
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
        const { atK } = shownOverTime(org);
        if (findDerivation(org.rounds, atK)) leaking++;
      }),
      { numRuns: 1_000, seed: 1023 },
    );
    console.info(`without the model: ${leaking} of 1,000 organisations leak`);
    expect(leaking).toBeGreaterThan(100);
  });
});
