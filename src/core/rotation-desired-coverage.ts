import type { RotationStatement } from './rotation.ts';
import { anchoredElements, coverageRounds, elementTurnsBefore, modulo } from './rotation-coverage.ts';
import { compareText } from './tie-break.ts';

/** A culture value whose "we would do better with more of it" statement the whole team is asked this round. */
export interface DesiredCultureAnchor {
  readonly value: string;
  readonly statementIds: readonly [string];
}

/**
 * The desired-culture statements due in a round. They take the anchor slots
 * the elements leave free (anchors take at most `perPerson − 1` of a
 * person's statements; the elements' schedule fills 27 of the 33 such slots
 * in every 11 rounds at the default load of 4), in one endless sequence over
 * the values sorted by key, so the values take turns and the team's ranking
 * of what it wants more of rests on every value, each asked of everyone.
 * Like the elements' schedule it depends on the round number only. Turns of
 * round r: `spareBefore(r)` up to `spareBefore(r + 1)`.
 */
export function dueDesiredCulture(
  round: number,
  statements: readonly RotationStatement[],
  perPerson: number,
): DesiredCultureAnchor[] {
  const desired = desiredStatements(statements);
  if (desired.length === 0) return [];
  const elements = anchoredElements(statements);
  const first = spareBefore(round, elements, perPerson);
  const end = spareBefore(round + 1, elements, perPerson);
  const due: DesiredCultureAnchor[] = [];
  for (let g = first; g < end && due.length < desired.length; g++) {
    const s = desired[modulo(g, desired.length)];
    if (s) due.push({ value: s.target.key, statementIds: [s.id] });
  }
  return due;
}

/**
 * The fewest consecutive rounds that always hold every desired-culture
 * statement once: at the default load of 4 with nine elements and sixteen
 * values, 30 (six spare anchor slots in every 11 rounds). Undefined when the
 * load leaves no spare anchor slot (2 statements per person or fewer, with
 * nine elements; 3 statements leave one slot in 14 rounds: 224).
 */
export function desiredCultureRounds(
  desired: number,
  elements: number,
  perPerson: number,
): number | undefined {
  // The spare slots repeat with the elements' rhythm: the same number in every `period` rounds.
  const period = coverageRounds(elements, perPerson)?.phases ?? 1;
  if (desired === 0 || spareBefore(period, elements, perPerson) <= 0) return undefined;
  for (let rounds = 1; ; rounds++) {
    let fewest = Infinity;
    for (let start = 0; start < period; start++) {
      const spare =
        spareBefore(start + rounds, elements, perPerson) - spareBefore(start, elements, perPerson);
      fewest = Math.min(fewest, spare);
    }
    if (fewest >= desired) return rounds;
  }
}

/** Anchor slots the elements leave free in the rounds before `round` (from round 0). */
function spareBefore(round: number, elements: number, perPerson: number): number {
  const slots = Math.max(0, perPerson - 1);
  return round * slots - elementTurnsBefore(round, elements, perPerson);
}

/** The team's desired-culture statements (employee wording), sorted by id. */
export function desiredStatements(statements: readonly RotationStatement[]): RotationStatement[] {
  return statements
    .filter((s) => s.variant === 'desired' && s.target.kind === 'value' && s.audiences.includes('employee'))
    .sort((a, b) => compareText(a.id, b.id));
}
