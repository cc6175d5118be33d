import { describe, expect, it } from 'vitest';
import { planRotation, type RotationPlan } from '../../src/core/index.ts';
import { isPulseError } from '../../src/errors.ts';
import { bank, members, simulate, statement } from './rotation-fixtures.ts';

function asksOf(plan: RotationPlan, personId: string): string[] {
  return plan.people.find((p) => p.personId === personId)?.asks.map((a) => a.statementId) ?? [];
}

describe('planRotation', () => {
  it('asks everyone four statements by default and groups a small team on the same ones', () => {
    const plan = planRotation({ round: 0, people: members(6), statements: bank(), k: 5, seed: 's' });
    const first = asksOf(plan, 'm0');
    expect(first).toHaveLength(4);
    for (const p of plan.people) expect(p.asks.map((a) => a.statementId)).toEqual(first);
    for (const id of first) expect(plan.reach[id]).toBe(6);
    expect(plan.belowK).toEqual([]);
  });

  it('asks the whole team the anchors and splits a larger team into groups of at least k for the rest', () => {
    const plan = planRotation({ round: 0, people: members(12), statements: bank(), k: 5, seed: 's' });
    // Round 0 is el-0's turn (six elements' 18 turns spread over eleven rounds).
    expect(plan.anchors).toHaveLength(1);
    expect(plan.anchors[0]).toMatch(/^e0-/);
    for (const p of plan.people) expect(p.asks[0]?.statementId).toBe(plan.anchors[0]);
    for (const id of plan.anchors) expect(plan.reach[id]).toBe(12);
    const rest = new Set(plan.people.flatMap((p) => p.asks.slice(1).map((a) => a.statementId)));
    expect(rest.size).toBe(6); // two groups, three statements each
    for (const n of Object.values(plan.reach)) expect(n).toBeGreaterThanOrEqual(5);
  });

  it('asks stale and uncertain targets first', () => {
    // Traits, so that no element's coverage turn takes a slot first.
    const statements = [
      statement('fresh', 'trait', 'a'),
      statement('stale', 'trait', 'b'),
      statement('unsure', 'trait', 'c'),
      statement('never', 'trait', 'd'),
    ];
    const plan = planRotation({
      round: 10,
      people: members(5),
      statements,
      k: 5,
      perPerson: 3,
      seed: 's',
      freshness: [
        { target: { kind: 'trait', key: 'a' }, lastAskedRound: 9, intervalWidth: 5 },
        { target: { kind: 'trait', key: 'b' }, lastAskedRound: 2, intervalWidth: 5 },
        { target: { kind: 'trait', key: 'c' }, lastAskedRound: 9, intervalWidth: 60 },
      ],
    });
    expect(asksOf(plan, 'm0')).toEqual(['never', 'stale', 'unsure']);
  });

  it('asks a leader for self-ratings, in the leader text where there is one, never "my team leader" items', () => {
    const statements = bank();
    const plan = planRotation({
      round: 0,
      people: [...members(5), { id: 'boss', role: 'leader' }],
      statements,
      k: 5,
      perPerson: 10,
      seed: 's',
    });
    const boss = plan.people.find((p) => p.personId === 'boss');
    expect(boss?.asks).toHaveLength(10);
    for (const ask of boss?.asks ?? []) {
      const s = statements.find((x) => x.id === ask.statementId);
      expect(ask.selfRating).toBe(true);
      if (s?.target.kind === 'trait') expect(ask.audience).toBe('leader');
      if (s?.audiences.includes('leader')) expect(ask.audience).toBe('leader');
      else expect(ask.audience).toBe('employee');
    }
  });

  it('finishes a cycle before repeating, then starts a new one', () => {
    const statements = bank(3, 2, 0).filter((s) => s.audiences.includes('employee')); // 6 statements
    const seen: string[][] = [];
    simulate({ people: members(5), statements, k: 5, perPerson: 4 }, 3, (plan) => {
      seen.push(asksOf(plan, 'm0'));
    });
    const [r0 = [], r1 = [], r2 = []] = seen;
    expect(new Set([...r0, ...r1.slice(0, 2)]).size).toBe(6); // round 2 completes the cycle
    expect(r1.slice(2).every((id) => r0.includes(id))).toBe(true); // then repeats from the new cycle
    expect(r2.every((id) => !r1.slice(2).includes(id))).toBe(true);
  });

  it('is deterministic and independent of input order', () => {
    const input = { round: 4, people: members(11), statements: bank(), k: 3, seed: 'x' };
    const a = planRotation(input);
    const b = planRotation({ ...input, people: [...input.people].reverse() });
    const byId = (plan: RotationPlan) => Object.fromEntries(plan.people.map((p) => [p.personId, p.asks]));
    expect(byId(b)).toEqual(byId(a));
    expect(planRotation(input)).toEqual(a);
  });

  it('rejects a load outside 1–10 and duplicate people', () => {
    const base = { round: 0, people: members(3), statements: bank(), k: 3, seed: 's' };
    expect(() => planRotation({ ...base, perPerson: 11 })).toThrow(/1 to 10/);
    try {
      planRotation({ ...base, people: [...members(2), ...members(1)] });
      expect.unreachable();
    } catch (error) {
      expect(isPulseError(error, 'usage')).toBe(true);
    }
  });
});
