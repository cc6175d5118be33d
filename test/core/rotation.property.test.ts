import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueAnchors,
  dueDesiredCulture,
  planRotation,
  type RotationPerson,
  type RotationStatement,
} from '../../src/core/index.ts';
import { applicable, members, simulate, statement } from './rotation-fixtures.ts';

const bankArb = fc
  .record({
    elements: fc.integer({ min: 1, max: 9 }),
    perElement: fc.integer({ min: 1, max: 4 }),
    traits: fc.integer({ min: 0, max: 6 }),
    selfOnly: fc.integer({ min: 0, max: 3 }),
    desired: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ elements, perElement, traits, selfOnly, desired }) => {
    const out: RotationStatement[] = [];
    for (let e = 0; e < elements; e++) {
      for (let i = 0; i < perElement; i++) out.push(statement(`e${e}-${i}`, 'element', `el-${e}`));
    }
    for (let t = 0; t < traits; t++) out.push(statement(`t${t}`, 'trait', `tr-${t}`, ['employee', 'leader']));
    for (let s = 0; s < selfOnly; s++) out.push(statement(`self${s}`, 'element', `el-${s}`, ['leader']));
    for (let d = 0; d < desired; d++) {
      out.push({
        ...statement(`v${d}-desired`, 'value', `v-${d}`, ['employee', 'leader']),
        variant: 'desired',
      });
    }
    return out;
  });

const teamArb = fc
  .record({ members: fc.integer({ min: 1, max: 30 }), leaders: fc.integer({ min: 0, max: 2 }) })
  .map(({ members: m, leaders }) => [
    ...members(m),
    ...Array.from({ length: leaders }, (_, i): RotationPerson => ({ id: `lead${i}`, role: 'leader' })),
  ]);

describe('rotation properties', () => {
  it('asks every member the due anchors; otherwise never repeats before a cycle ends; loads of min(perPerson, applicable)', () => {
    fc.assert(
      fc.property(
        bankArb,
        teamArb,
        fc.integer({ min: 3, max: 7 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer(),
        fc.string(),
        (statements, people, k, perPerson, round, historySeed, seed) => {
          // Arbitrary histories: each person has seen a pseudo-random subset.
          const history = Object.fromEntries(
            people.map((p, i) => [
              p.id,
              [...applicable(p, statements)].filter((_, j) => ((historySeed + i * 31 + j * 7) & 3) === 0),
            ]),
          );
          const plan = planRotation({ round, people, statements, history, k, perPerson, seed });
          const due = [
            ...dueAnchors(round, statements, perPerson),
            ...dueDesiredCulture(round, statements, perPerson),
          ];
          const hasMembers = people.some((p) => p.role === 'member');
          expect(plan.anchors).toHaveLength(hasMembers ? due.length : 0);
          plan.anchors.forEach((id, i) => expect(due[i]?.statementIds).toContain(id));
          const loads = plan.people.map((p) => p.asks.length);
          for (const person of people) {
            const all = applicable(person, statements);
            const open = [...all].filter((id) => !(history[person.id] ?? []).includes(id));
            const cycleOpen = open.length === 0 ? [...all] : open;
            const asks =
              plan.people.find((p) => p.personId === person.id)?.asks.map((a) => a.statementId) ?? [];
            const slots = Math.min(perPerson, all.size);
            expect(asks).toHaveLength(slots);
            expect(new Set(asks).size).toBe(asks.length);
            for (const id of asks) expect(all.has(id)).toBe(true);
            const pinned = person.role === 'member' ? plan.anchors : [];
            for (const id of pinned) expect(asks).toContain(id);
            const rest = asks.filter((id) => !pinned.includes(id));
            const openRest = cycleOpen.filter((id) => !pinned.includes(id));
            if (openRest.length >= rest.length) for (const id of rest) expect(cycleOpen).toContain(id);
            else for (const id of openRest) expect(rest).toContain(id);
          }
          const everyoneHasEnough = people.every((p) => applicable(p, statements).size >= perPerson);
          if (everyoneHasEnough) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('over consecutive rounds, each person sees every applicable statement once before any repeats, anchors aside', () => {
    fc.assert(
      fc.property(
        bankArb,
        teamArb,
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 1, max: 10 }),
        (statements, people, k, perPerson) => {
          const cycles = new Map<string, Set<string>>();
          simulate({ people, statements, k, perPerson }, 8, (plan) => {
            for (const p of plan.people) {
              const person = people.find((x) => x.id === p.personId) ?? people[0]!;
              const all = applicable(person, statements);
              let seen = cycles.get(p.personId) ?? new Set<string>();
              for (const ask of p.asks) {
                if (seen.size === all.size) seen = new Set(); // cycle complete: a new one starts
                const anchor = person.role === 'member' && plan.anchors.includes(ask.statementId);
                if (!anchor) expect(seen.has(ask.statementId)).toBe(false);
                seen.add(ask.statementId);
              }
              cycles.set(p.personId, seen);
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('every asked statement reaches k respondents when a team of at least k starts together', () => {
    fc.assert(
      fc.property(
        bankArb,
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        (statements, k, extra, perPerson, withLeader) => {
          const people: RotationPerson[] = [...members(k + extra)];
          if (withLeader) people.push({ id: 'lead', role: 'leader' });
          simulate({ people, statements, k, perPerson }, 10, (plan) => {
            expect(plan.belowK).toEqual([]);
            for (const n of Object.values(plan.reach)) expect(n).toBeGreaterThanOrEqual(k);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
