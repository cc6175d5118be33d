import { PHASES, type Phase } from '../model/keys.ts';
import type { RotationStatement } from './rotation.ts';
import { compareText, compareTuples, tieBreak } from './tie-break.ts';

/**
 * Rounds in which every element is asked once when the load allows: four, so
 * that on a weekly cadence every element has a figure in every 4-week period.
 */
export const COVERAGE_ROUNDS = 4;

/** One element, in one of its phases, that the whole team is asked this round. */
export interface CoverageAnchor {
  readonly element: string;
  /** Absent when none of the element's statements carries a phase. */
  readonly phase?: Phase;
  /** The employee statements of that element and phase (sorted); the team is asked one of them. */
  readonly statementIds: readonly string[];
}

/**
 * How often the coverage schedule comes round: every element once in `span`
 * consecutive rounds. Anchors take at most `perPerson − 1` of a person's
 * statements in a round, so at least one slot always walks the rest of the
 * bank; at the default load of 4 that allows 3 anchors, and 9 elements fit in
 * 4 rounds (3 + 2 + 2 + 2). A load of 1 leaves no room: no anchors.
 */
export function coverageSpan(elements: number, perPerson: number): number | undefined {
  const anchorsPerRound = perPerson - 1;
  if (anchorsPerRound < 1 || elements === 0) return undefined;
  return Math.max(COVERAGE_ROUNDS, Math.ceil(elements / anchorsPerRound));
}

/**
 * The elements due in a round and the phase each is asked in. Element i (in
 * key order) is due in the rounds r with r ≡ i (mod span), so any `span`
 * consecutive rounds ask every element exactly once. Its phases (in INK order,
 * only those it has employee statements for) take turns on its successive
 * turns, so any `span × phases` consecutive rounds ask every phase of it: with
 * the default load and three phases, every element in any 4 rounds and every
 * phase in any 12. The schedule depends on the round number only, so a
 * newcomer or a leaver changes nothing about it.
 */
export function dueAnchors(
  round: number,
  statements: readonly RotationStatement[],
  perPerson: number,
): CoverageAnchor[] {
  const elements = phaseGroups(statements);
  const span = coverageSpan(elements.length, perPerson);
  if (span === undefined) return [];
  const slot = ((round % span) + span) % span;
  const turn = Math.floor(round / span);
  return elements.flatMap(({ groups }, index) => {
    if (index % span !== slot) return [];
    const group = groups[((turn % groups.length) + groups.length) % groups.length];
    return group ? [group] : [];
  });
}

/**
 * Per element (sorted by key), its employee statements by phase. An element
 * whose statements carry no phase is one group without a phase; statements
 * without a phase beside phased ones are left to the rotation.
 */
function phaseGroups(statements: readonly RotationStatement[]): { groups: CoverageAnchor[] }[] {
  const byElement = new Map<string, RotationStatement[]>();
  for (const s of statements) {
    if (s.target.kind !== 'element' || !s.audiences.includes('employee')) continue;
    const list = byElement.get(s.target.key) ?? [];
    list.push(s);
    byElement.set(s.target.key, list);
  }
  return [...byElement.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([element, list]) => {
      const ids = (of: readonly RotationStatement[]) => of.map((s) => s.id).sort(compareText);
      const phased = PHASES.flatMap((phase) => {
        const inPhase = list.filter((s) => s.phase === phase);
        return inPhase.length > 0 ? [{ element, phase, statementIds: ids(inPhase) }] : [];
      });
      return { groups: phased.length > 0 ? phased : [{ element, statementIds: ids(list) }] };
    });
}

/**
 * One statement per due anchor: the one still open in the most people's
 * cycles, so a pin repeats a statement only where the phase has none left
 * unasked; among equals a seeded choice, so repeats spread over the phase.
 */
export function anchorStatements(
  anchors: readonly CoverageAnchor[],
  openFor: (statementId: string) => number,
  seed: string,
): string[] {
  return anchors.flatMap((anchor) => {
    let best: string | undefined;
    let bestKey: number[] = [];
    for (const id of anchor.statementIds) {
      const key = [-openFor(id), tieBreak(seed, id)];
      if (best === undefined || compareTuples(key, bestKey) < 0) {
        best = id;
        bestKey = key;
      }
    }
    return best === undefined ? [] : [best];
  });
}
