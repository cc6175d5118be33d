import { PHASES, type Phase } from '../model/keys.ts';
import type { RotationStatement } from './rotation.ts';
import { compareText, compareTuples, tieBreak } from './tie-break.ts';

/**
 * Rounds within which every phase of every element is asked, when the load
 * allows. Eleven, not twelve: a 12-week window read before the current week's
 * round has closed holds the eleven rounds before it (on a weekly cadence).
 */
export const PHASE_ROUNDS = 11;

/** One element, in one of its phases, that the whole team is asked this round. */
export interface CoverageAnchor {
  readonly element: string;
  /** Absent when none of the element's statements carries a phase. */
  readonly phase?: Phase;
  /** The employee statements of that element and phase (sorted); the team is asked one of them. */
  readonly statementIds: readonly string[];
}

/** How often the schedule comes round: each element within `element` consecutive rounds, each phase within `phases`. */
export interface CoverageRounds {
  readonly element: number;
  readonly phases: number;
}

/**
 * The schedule's rhythm for a number of elements and a load. Anchors take at
 * most `perPerson − 1` of a person's statements, so at least one slot always
 * walks the rest of the bank. The elements' 3 × E turns are spread evenly
 * over `phases` = max(11, ⌈3E / (perPerson − 1)⌉) rounds; at the default load
 * of 4 and nine elements that is 27 anchors in 11 rounds (2 or 3 a round),
 * so every element comes back within ⌈11 / 3⌉ = 4 rounds. A load of 1 leaves
 * no room: no anchors.
 */
export function coverageRounds(elements: number, perPerson: number): CoverageRounds | undefined {
  const anchorsPerRound = perPerson - 1;
  if (anchorsPerRound < 1 || elements === 0) return undefined;
  const phases = Math.max(PHASE_ROUNDS, Math.ceil((elements * PHASES.length) / anchorsPerRound));
  return { element: Math.ceil(phases / PHASES.length), phases };
}

/**
 * The elements due in a round and the phase each is asked in. The turns form
 * one endless sequence — element (g mod E) on its ⌊g / E⌋-th turn, in that
 * turn's phase — and round r takes turns ⌊r·3E / P⌋ up to ⌊(r + 1)·3E / P⌋,
 * P = `coverageRounds(…).phases`. An element's turns are E apart, so at most
 * ⌈P / 3⌉ rounds apart; its phases (INK order, only those it has employee
 * statements for) take turns, so each comes back exactly every P rounds when
 * it has all three. With the default load: every element in any 4
 * consecutive rounds, every phase of it in any 11. The schedule depends on the
 * round number only, so joiners and leavers change nothing about it.
 */
export function dueAnchors(
  round: number,
  statements: readonly RotationStatement[],
  perPerson: number,
): CoverageAnchor[] {
  const elements = phaseGroups(statements);
  const first = elementTurnsBefore(round, elements.length, perPerson);
  const end = elementTurnsBefore(round + 1, elements.length, perPerson);
  const due: CoverageAnchor[] = [];
  for (let g = first; g < end; g++) {
    const groups = elements[modulo(g, elements.length)]?.groups ?? [];
    const group = groups[modulo(Math.floor(g / elements.length), groups.length)];
    if (group) due.push(group);
  }
  return due;
}

/**
 * How many element anchors the schedule puts in the rounds before `round`
 * (counted from round 0; negative before it), so the anchors of round r are
 * turns `elementTurnsBefore(r)` up to `elementTurnsBefore(r + 1)`.
 */
export function elementTurnsBefore(round: number, elements: number, perPerson: number): number {
  const rhythm = coverageRounds(elements, perPerson);
  return rhythm ? Math.floor((round * elements * PHASES.length) / rhythm.phases) : 0;
}

/** The number of elements with employee statements: the ones the schedule anchors. */
export function anchoredElements(statements: readonly RotationStatement[]): number {
  return phaseGroups(statements).length;
}

export function modulo(n: number, m: number): number {
  return ((n % m) + m) % m;
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
  anchors: readonly { readonly statementIds: readonly string[] }[],
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
