import { describe, expect, it } from 'vitest';
import { cohortSize, rotationStatements } from '../../src/app/open-rounds.ts';
import { coverageRounds, dueAnchors } from '../../src/core/index.ts';
import { ELEMENT_KEYS, loadContentBank, PHASES } from '../../src/model/index.ts';
import { members, runTeam, statement } from './rotation-fixtures.ts';

const statements = rotationStatements(loadContentBank());
const employeeIds = statements.filter((s) => s.audiences.includes('employee')).map((s) => s.id);

describe('dueAnchors', () => {
  it('asks every element in any 4 consecutive rounds and each of its phases exactly every eleventh round', () => {
    const rounds = Array.from({ length: 30 }, (_, i) => dueAnchors(i + 1, statements, 4));
    for (const anchors of rounds) expect([2, 3]).toContain(anchors.length);
    for (let start = 0; start + 4 <= rounds.length; start++) {
      const asked = new Set(rounds.slice(start, start + 4).flatMap((r) => r.map((a) => a.element)));
      expect([...asked].sort()).toEqual([...ELEMENT_KEYS].sort());
    }
    for (const element of ELEMENT_KEYS) {
      for (const phase of PHASES) {
        const at = rounds.flatMap((r, i) =>
          r.some((a) => a.element === element && a.phase === phase) ? [i] : [],
        );
        expect(at.length).toBeGreaterThanOrEqual(2);
        expect(new Set(at.slice(1).map((i, j) => i - (at[j] ?? 0)))).toEqual(new Set([11]));
      }
    }
    for (const anchor of rounds.flat()) {
      for (const id of anchor.statementIds) {
        const s = statements.find((x) => x.id === id);
        expect(s?.target).toEqual({ kind: 'element', key: anchor.element });
        expect(s?.phase).toBe(anchor.phase);
        expect(s?.audiences).toContain('employee');
      }
    }
  });

  it('stretches the rhythm when fewer slots are free and leaves a load of one to the rotation', () => {
    expect(coverageRounds(9, 4)).toEqual({ element: 4, phases: 11 });
    expect(coverageRounds(9, 10)).toEqual({ element: 4, phases: 11 });
    expect(coverageRounds(9, 3)).toEqual({ element: 5, phases: 14 });
    expect(coverageRounds(9, 2)).toEqual({ element: 9, phases: 27 });
    expect(coverageRounds(9, 1)).toBeUndefined();
    expect(dueAnchors(7, statements, 1)).toEqual([]);
    for (let round = 0; round < 27; round++) expect(dueAnchors(round, statements, 2)).toHaveLength(1);
    for (let round = 0; round < 14; round++)
      expect(dueAnchors(round, statements, 3).length).toBeLessThanOrEqual(2);
  });

  it('asks an element without phases as one group, and phased statements beside unphased ones only by phase', () => {
    const bank = [
      statement('plain-1', 'element', 'a'),
      statement('plain-2', 'element', 'a'),
      { ...statement('b-design', 'element', 'b'), phase: 'design' as const },
      statement('b-plain', 'element', 'b'),
      statement('leader-only', 'element', 'c', ['leader']),
      statement('trait', 'trait', 't'),
    ];
    // Two elements: six turns over eleven rounds (round 1 → a, 2 → none, 3 → b, …).
    expect(dueAnchors(1, bank, 4)).toEqual([{ element: 'a', statementIds: ['plain-1', 'plain-2'] }]);
    expect(dueAnchors(2, bank, 4)).toEqual([]);
    expect(dueAnchors(3, bank, 4)).toEqual([{ element: 'b', phase: 'design', statementIds: ['b-design'] }]);
  });
});

/** Rounds until the team has been asked every employee statement, and until every member has. */
function roundsToCover(size: number): { team: number; everyMember: number } {
  const people = [{ id: 'lead', role: 'leader' as const }, ...members(size)];
  const team = new Set<string>();
  const perMember = new Map<string, Set<string>>();
  const result = { team: 0, everyMember: 0 };
  runTeam(
    { statements, k: cohortSize(5), firstRound: 1, rounds: 80, peopleIn: () => people, seed: `team-${size}` },
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

describe('rounds to cover the bank (the table in src/core/README.md)', () => {
  it('takes the rounds the README states for teams of 5, 8, 15 and 40 members', () => {
    expect(employeeIds).toHaveLength(176);
    expect(Object.fromEntries([5, 8, 15, 40].map((size) => [size, roundsToCover(size)]))).toEqual({
      5: { team: 60, everyMember: 60 },
      8: { team: 60, everyMember: 60 },
      15: { team: 59, everyMember: 59 },
      40: { team: 25, everyMember: 71 },
    });
  });
});
