import { describe, expect, it } from 'vitest';
import { rotationStatements } from '../../src/app/open-rounds.ts';
import { coverageRounds, desiredCultureRounds, dueAnchors, dueDesiredCulture } from '../../src/core/index.ts';
import { ELEMENT_KEYS, loadContentBank, PHASES } from '../../src/model/index.ts';
import { roundsToCover, statement } from './rotation-fixtures.ts';

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

describe('dueDesiredCulture', () => {
  const desired = statements.filter((s) => s.variant === 'desired');

  it('asks each desired-culture statement in the anchor slots the elements leave, all sixteen in any 30 rounds', () => {
    const rounds = Array.from({ length: 60 }, (_, i) => dueDesiredCulture(i + 1, statements, 4));
    rounds.forEach((due, i) => {
      // Never more anchors than three of the four slots, so one slot still walks the bank.
      expect(due.length + dueAnchors(i + 1, statements, 4).length).toBeLessThanOrEqual(3);
      for (const anchor of due) {
        const s = desired.find((x) => x.id === anchor.statementIds[0]);
        expect(s?.target).toEqual({ kind: 'value', key: anchor.value });
      }
    });
    for (let start = 0; start + 30 <= rounds.length; start++) {
      const asked = new Set(
        rounds.slice(start, start + 30).flatMap((due) => due.map((a) => a.statementIds[0])),
      );
      expect(asked.size).toBe(16);
    }
    // 29 rounds are not always enough: some stretch of 29 misses one.
    const short = Array.from(
      { length: 31 },
      (_, start) =>
        new Set(rounds.slice(start, start + 29).flatMap((due) => due.map((a) => a.statementIds[0]))).size,
    );
    expect(Math.min(...short)).toBeLessThan(16);
  });

  it('takes longer at a lower load, and leaves no room at two statements per person', () => {
    expect(desiredCultureRounds(16, 9, 4)).toBe(30);
    expect(desiredCultureRounds(16, 9, 5)).toBe(11);
    expect(desiredCultureRounds(16, 9, 3)).toBe(224);
    expect(desiredCultureRounds(16, 9, 2)).toBeUndefined();
    expect(desiredCultureRounds(0, 9, 4)).toBeUndefined();
    for (let round = 0; round < 27; round++) expect(dueDesiredCulture(round, statements, 2)).toEqual([]);
  });
});

describe('rounds to cover the bank (the table in src/core/README.md)', () => {
  it('takes the rounds the README states for teams of 5, 8, 15 and 40 members', () => {
    expect(employeeIds).toHaveLength(176);
    expect(Object.fromEntries([5, 8, 15, 40].map((size) => [size, roundsToCover(statements, size)]))).toEqual(
      {
        5: { team: 73, everyMember: 73 },
        8: { team: 72, everyMember: 72 },
        15: { team: 71, everyMember: 71 },
        40: { team: 28, everyMember: 82 },
      },
    );
  });
});
