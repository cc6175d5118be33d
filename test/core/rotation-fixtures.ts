import { cohortSize } from '../../src/app/open-rounds.ts';
import type { Audience, TargetKind } from '../../src/model/keys.ts';
import {
  planRotation,
  targetId,
  voicesFor,
  type RotationInput,
  type RotationPerson,
  type RotationPlan,
  type RotationStatement,
  type TargetFreshness,
} from '../../src/core/index.ts';

export function statement(
  id: string,
  kind: TargetKind,
  key: string,
  audiences: readonly Audience[] = ['employee'],
): RotationStatement {
  return { id, target: { kind, key }, audiences };
}

/** A small bank: elements (employee), traits (employee + leader), leader-only element items. */
export function bank(elements = 6, perElement = 2, traits = 4): RotationStatement[] {
  const out: RotationStatement[] = [];
  for (let e = 0; e < elements; e++) {
    for (let i = 0; i < perElement; i++) out.push(statement(`e${e}-${i}`, 'element', `el-${e}`));
  }
  for (let t = 0; t < traits; t++) out.push(statement(`t${t}`, 'trait', `tr-${t}`, ['employee', 'leader']));
  out.push(statement('self-1', 'element', 'el-0', ['leader']));
  out.push(statement('self-2', 'element', 'el-1', ['leader']));
  return out;
}

export function members(count: number, prefix = 'm'): RotationPerson[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, role: 'member' as const }));
}

/** Applicable statement ids for a person. */
export function applicable(person: RotationPerson, statements: readonly RotationStatement[]): Set<string> {
  return new Set(voicesFor(person.role, statements).keys());
}

/** Runs consecutive rounds, feeding each plan's history into the next. */
export function simulate(
  base: Omit<RotationInput, 'round' | 'history' | 'seed'>,
  rounds: number,
  onRound: (plan: RotationPlan, round: number, history: Record<string, readonly string[]>) => void,
): void {
  let history: Record<string, readonly string[]> = {};
  for (let round = 0; round < rounds; round++) {
    const plan = planRotation({ ...base, round, history, seed: `sim/${round}` });
    onRound(plan, round, history);
    history = Object.fromEntries(plan.people.map((p) => [p.personId, p.askedInCycle]));
  }
}

/**
 * Runs consecutive rounds of one team as the app does: each plan's histories
 * and, per target, the round it was last asked in and how many were asked feed
 * the next round. `peopleIn` gives the team of each round (joiners, leavers).
 */
export function runTeam(
  options: {
    readonly statements: readonly RotationStatement[];
    readonly k: number;
    readonly firstRound: number;
    readonly rounds: number;
    readonly peopleIn: (round: number) => readonly RotationPerson[];
    readonly history?: Readonly<Record<string, readonly string[]>>;
    readonly seed?: string;
  },
  onRound: (plan: RotationPlan, round: number) => void,
): void {
  const byId = new Map(options.statements.map((s) => [s.id, s]));
  const freshness = new Map<string, TargetFreshness>();
  let history: Readonly<Record<string, readonly string[]>> = options.history ?? {};
  for (let round = options.firstRound; round < options.firstRound + options.rounds; round++) {
    const plan = planRotation({
      round,
      people: options.peopleIn(round),
      statements: options.statements,
      history,
      freshness: [...freshness.values()],
      k: options.k,
      seed: `${options.seed ?? 'team'}/${round}`,
    });
    onRound(plan, round);
    history = { ...history, ...Object.fromEntries(plan.people.map((p) => [p.personId, p.askedInCycle])) };
    for (const [id, asked] of Object.entries(plan.reach)) {
      const target = byId.get(id)?.target;
      if (!target) continue;
      const before = freshness.get(targetId(target))?.respondents ?? 0;
      freshness.set(targetId(target), { target, lastAskedRound: round, respondents: before + asked });
    }
  }
}

/** Rounds until the team has been asked every employee statement, and until every member has. */
export function roundsToCover(
  statements: readonly RotationStatement[],
  size: number,
): { team: number; everyMember: number } {
  const employeeIds = statements.filter((s) => s.audiences.includes('employee')).map((s) => s.id);
  const people = [{ id: 'lead', role: 'leader' as const }, ...members(size)];
  const team = new Set<string>();
  const perMember = new Map<string, Set<string>>();
  const result = { team: 0, everyMember: 0 };
  runTeam(
    {
      statements,
      k: cohortSize(5),
      firstRound: 1,
      rounds: 120,
      peopleIn: () => people,
      seed: `team-${size}`,
    },
    (plan, round) => {
      for (const p of plan.people) {
        if (p.personId === 'lead') continue;
        const seen = perMember.get(p.personId) ?? new Set<string>();
        for (const ask of p.asks) {
          team.add(ask.statementId);
          seen.add(ask.statementId);
        }
        perMember.set(p.personId, seen);
      }
      const covers = (asked: ReadonlySet<string>) => employeeIds.every((id) => asked.has(id));
      if (!result.team && covers(team)) result.team = round;
      if (!result.everyMember && [...perMember.values()].every(covers)) result.everyMember = round;
    },
  );
  return result;
}
