import fc from 'fast-check';
import { findDerivation } from '../src/core/index.ts';
import { organisationArb, shownOverTime } from '../test/support/generated-organisations.ts';
import { simpleDerivation } from '../test/support/simple-derivations.ts';

/**
 * The derivation search at scale: generated organisations (trees of up to
 * `maxTeams` teams, rounds over `maxWeeks` weeks with sizes near k, k
 * changing between rounds, closes in any order, teams leaving), every view
 * decided after each close by the disclosure model, then everything ever
 * shown searched for a combination that isolates fewer than k people, with
 * the exact rank search and with the plain pairwise and nested one. As a
 * control, the same organisations with every figure at k shown.
 */
export function runDerivationBench(options: {
  organisations: number;
  maxTeams: number;
  maxWeeks: number;
  seed: number;
}) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let views = 0;
  let figuresShown = 0;
  let derivations = 0;
  let plainDerivations = 0;
  let leakingWithoutModel = 0;
  fc.assert(
    fc.property(organisationArb(options), (org) => {
      const { shown, atK, views: decided } = shownOverTime(org);
      views += decided;
      figuresShown += shown.length;
      if (findDerivation(org.rounds, shown)) derivations++;
      if (simpleDerivation(org.rounds, shown)) plainDerivations++;
      if (findDerivation(org.rounds, atK)) leakingWithoutModel++;
    }),
    { numRuns: options.organisations, seed: options.seed },
  );
  const used = process.cpuUsage(cpu);
  return {
    organisations: options.organisations,
    maxTeams: options.maxTeams,
    maxWeeks: options.maxWeeks,
    viewsDecided: views,
    distinctFiguresShown: figuresShown,
    derivationsFound: derivations,
    plainSearchDerivationsFound: plainDerivations,
    organisationsLeakingWithEveryFigureAtKShown: leakingWithoutModel,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    cpuSeconds: Number(((used.user + used.system) / 1e6).toFixed(1)),
  };
}
