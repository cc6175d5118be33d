import { PulseError } from '../errors.ts';
import type { Audience, Phase, TargetRef } from '../model/keys.ts';
import type { ValueVariant } from '../model/statement.ts';
import { assertK } from './anonymity.ts';
import { anchorStatements, dueAnchors } from './rotation-coverage.ts';
import { dueDesiredCulture } from './rotation-desired-coverage.ts';
import { formGroups } from './rotation-groups.ts';
import { personSlots, type PersonSlots } from './rotation-person.ts';
import { Planner, type StatementMeta } from './rotation-planner.ts';
import { targetId } from './target-key.ts';
import { compareText, tieBreak } from './tie-break.ts';

export const DEFAULT_STATEMENTS_PER_PERSON = 4;
export const MIN_STATEMENTS_PER_PERSON = 1;
export const MAX_STATEMENTS_PER_PERSON = 10;
/** Urgency of a target that was never asked (beats any realistic staleness). */
export const NEVER_ASKED_URGENCY = 1000;
/** Interval width (score points) that weighs as much as one round of staleness. */
export const UNCERTAINTY_POINTS_PER_ROUND = 10;

export type TeamRole = 'member' | 'leader';

export interface RotationPerson {
  readonly id: string;
  readonly role: TeamRole;
}

/** The part of a content-bank statement the planner needs (the bank's type fits). */
export interface RotationStatement {
  readonly id: string;
  readonly target: TargetRef;
  readonly audiences: readonly Audience[];
  readonly phase?: Phase;
  /** Culture values only: how the value is lived today, or whether the team would do better with more of it. */
  readonly variant?: ValueVariant;
}

/** What the team already knows about a target; stale or uncertain targets come first. */
export interface TargetFreshness {
  readonly target: TargetRef;
  /** Round index in which the target was last asked; absent = never. */
  readonly lastAskedRound?: number;
  /** Respondents behind the current estimate (fewer = asked sooner on ties). */
  readonly respondents?: number;
  /** Width of the 95% interval of the target score in points; absent = unknown (100). */
  readonly intervalWidth?: number;
}

export interface RotationInput {
  /** Index of the round being planned (same scale as `lastAskedRound`). */
  readonly round: number;
  readonly people: readonly RotationPerson[];
  readonly statements: readonly RotationStatement[];
  /** Person id → statement ids asked in their current cycle (from the previous plan). */
  readonly history?: Readonly<Record<string, readonly string[]>>;
  readonly freshness?: readonly TargetFreshness[];
  /** Anonymity threshold: each asked statement should reach k respondents. */
  readonly k: number;
  /** Statements per person per round, 1–10 (default 4). */
  readonly perPerson?: number;
  /** Seed for deterministic tie-breaks, e.g. `${teamId}/${round}`. */
  readonly seed: string;
}

export interface Ask {
  readonly statementId: string;
  /** Which text of the statement to show. */
  readonly audience: Audience;
  /**
   * True for a leader's answers: their own view, stored with them and shown
   * only to them beside the team's view. False: an anonymous team answer.
   */
  readonly selfRating: boolean;
}

export interface PersonPlan {
  readonly personId: string;
  readonly asks: readonly Ask[];
  /** Store this as the person's history for the next round. */
  readonly askedInCycle: readonly string[];
  /** This round completed the person's cycle and began a new one. */
  readonly cycleRestarted: boolean;
}

export interface RotationPlan {
  /** The coverage statements every member is asked this round (see `dueAnchors` and `dueDesiredCulture`). */
  readonly anchors: readonly string[];
  readonly people: readonly PersonPlan[];
  /** Statement id → team members asked it (leaders' self-ratings are not counted). */
  readonly reach: Readonly<Record<string, number>>;
  /** Statements asked to fewer than k team members (only where histories leave no choice). */
  readonly belowK: readonly string[];
}

/**
 * Which statements a role answers, and which text they see. Members answer the
 * employee statements. Leaders answer every statement that has a leader text
 * ("I …") and the team statements without one, except the employee trait
 * statements ("My team leader …"), which are about a leader. All of a leader's
 * answers are self-ratings: their own view, compared with the team's.
 */
export function voicesFor(role: TeamRole, statements: readonly RotationStatement[]): Map<string, Audience> {
  const voices = new Map<string, Audience>();
  for (const s of statements) {
    if (role === 'member') {
      if (s.audiences.includes('employee')) voices.set(s.id, 'employee');
    } else if (s.audiences.includes('leader')) {
      voices.set(s.id, 'leader');
    } else if (s.audiences.includes('employee') && s.target.kind !== 'trait') {
      voices.set(s.id, 'employee');
    }
  }
  return voices;
}

/**
 * Plans one round for one team: which statements each person is asked.
 *
 * Guarantees: (1) coverage: every member is asked the round's anchors
 * (`dueAnchors`: with the default load, every element in any 4 consecutive
 * rounds and each of its phases in any 11; then `dueDesiredCulture` in the
 * anchor slots left: every desired-culture statement, "our team would do
 * better with more …", in any 30), so each stands on everyone who answers;
 * (2) apart from the anchors, a person is asked every statement that
 * applies to them once before any is repeated (an anchor may repeat one, when
 * its phase has none left in the person's cycle); (3) everyone gets
 * min(perPerson, applicable) statements, so loads differ by at most one when
 * everyone has enough statements; (4) the rest of the team's slots go to groups
 * of at least k that share statements, so each asked statement reaches k
 * respondents wherever histories allow (a team that starts together and keeps
 * its members always does; leftovers are listed in `belowK`); (5) stale or
 * uncertain targets first, and different targets across groups; (6) the same
 * inputs give the same plan.
 *
 * @example planRotation({ round: 3, people, statements, history, k: 5, seed: 'team-1/3' })
 */
export function planRotation(input: RotationInput): RotationPlan {
  const perPerson = input.perPerson ?? DEFAULT_STATEMENTS_PER_PERSON;
  validate(input, perPerson);
  const statements = [...input.statements].sort((a, b) => compareText(a.id, b.id));
  const people = input.people.map((p) =>
    personSlots({
      id: p.id,
      role: p.role,
      order: tieBreak(input.seed, p.id),
      voices: voicesFor(p.role, statements),
      history: input.history?.[p.id] ?? [],
      perPerson,
    }),
  );
  // Team answers come from members only; leaders join in afterwards.
  const pool = people.filter((p) => p.role === 'member' && p.slots > 0);
  const meta = statementMeta(statements, input, pool);
  const planner = new Planner(meta, input.k, pool.length >= input.k ? input.k : 1);
  // The round's coverage statements go to every member, whoever turns out to answer.
  const anchors =
    pool.length === 0
      ? []
      : anchorStatements(
          [
            ...dueAnchors(input.round, statements, perPerson),
            ...dueDesiredCulture(input.round, statements, perPerson),
          ],
          (id) => pool.filter((p) => p.open.has(id)).length,
          input.seed,
        );
  for (const person of pool) person.pin(anchors);
  for (const id of anchors) planner.notePinned(id, pool.filter((p) => p.assigned.includes(id)).length);
  for (const group of formGroups(pool, input.k)) planner.fillGroup(group);
  planner.fillRest(people);

  const reach = Object.fromEntries([...planner.reach].filter(([, n]) => n > 0));
  return {
    anchors,
    people: people.map((p) => ({
      personId: p.id,
      asks: p.orderedAsks().map((id) => ({
        statementId: id,
        audience: p.voiceOf(id) ?? 'employee',
        selfRating: p.role === 'leader',
      })),
      askedInCycle: p.askedInCycle(),
      cycleRestarted: p.cycleRestarted(),
    })),
    reach,
    belowK: Object.entries(reach)
      .filter(([, n]) => n < input.k)
      .map(([id]) => id),
  };
}

/**
 * Urgency of a target = rounds since last asked + interval width / 10, plus a
 * small bonus for few respondents. Never-asked targets get 1000. `unasked`
 * counts the members still to be asked the statement in their cycle.
 */
function statementMeta(
  statements: readonly RotationStatement[],
  input: RotationInput,
  pool: readonly PersonSlots[],
): StatementMeta[] {
  const freshness = new Map((input.freshness ?? []).map((f) => [targetId(f.target), f]));
  return statements.map((s) => {
    const target = targetId(s.target);
    const f = freshness.get(target);
    const staleness =
      f?.lastAskedRound === undefined ? NEVER_ASKED_URGENCY : Math.max(0, input.round - f.lastAskedRound);
    const uncertainty = (f?.intervalWidth ?? 100) / UNCERTAINTY_POINTS_PER_ROUND;
    const fewRespondents = f?.respondents === undefined ? 0 : 1 / (1 + Math.max(0, f.respondents));
    return {
      id: s.id,
      target,
      urgency: staleness + uncertainty + fewRespondents,
      unasked: pool.filter((p) => p.open.has(s.id)).length,
      order: tieBreak(input.seed, s.id),
    };
  });
}

function validate(input: RotationInput, perPerson: number): void {
  if (
    !Number.isInteger(perPerson) ||
    perPerson < MIN_STATEMENTS_PER_PERSON ||
    perPerson > MAX_STATEMENTS_PER_PERSON
  ) {
    throw new PulseError(
      'usage',
      `Statements per person must be a whole number from ${MIN_STATEMENTS_PER_PERSON} to ${MAX_STATEMENTS_PER_PERSON}; got ${perPerson}.`,
    );
  }
  assertK(input.k);
  for (const [what, ids] of [
    ['person', input.people.map((p) => p.id)],
    ['statement', input.statements.map((s) => s.id)],
  ] as const) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id))
        throw new PulseError('usage', `The ${what} id "${id}" appears twice in one rotation.`);
      seen.add(id);
    }
  }
}
