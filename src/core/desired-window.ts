import { periodRange, type PeriodKey } from './periods.ts';
import { anchoredElements } from './rotation-coverage.ts';
import { desiredCultureRounds, desiredStatements } from './rotation-desired-coverage.ts';
import type { RotationStatement } from './rotation.ts';
import type { WindowOptions } from './week-window.ts';

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * How many of a team's rounds hold every desired-culture statement once, at
 * its load: 30 at the default of 4 statements a person. Undefined when the
 * load leaves the desired statements no anchor slot.
 */
export function desiredCultureRoundsFor(
  statements: readonly RotationStatement[],
  perPerson: number,
): number | undefined {
  return desiredCultureRounds(desiredStatements(statements).length, anchoredElements(statements), perPerson);
}

/**
 * The weeks desired culture is read over: from the week of the team's
 * `rounds`-th latest closed round up to `asOf`. The planner asks every
 * desired statement in any `rounds` consecutive rounds, so this is the
 * shortest window that always holds each of them once, whatever the cadence,
 * a public holiday that moved a round, or a pause. Before the team has that
 * many rounds it starts with the first. `roundWeeks` has one week per closed
 * round, oldest first (a week twice when it had two rounds).
 */
export function desiredWindow(
  roundWeeks: readonly PeriodKey[],
  rounds: number,
  asOf: PeriodKey,
): Required<WindowOptions> {
  const from = roundWeeks.at(-Math.min(rounds, roundWeeks.length)) ?? asOf;
  const span = Math.round(
    (periodRange(asOf, 'UTC').start.getTime() - periodRange(from, 'UTC').start.getTime()) / WEEK_MS,
  );
  // A window is at least two weeks long, as every score window is.
  return { asOf, weeks: Math.max(2, span + 1) };
}
