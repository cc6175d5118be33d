import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparisonAllowed,
  gateByRespondents,
  membershipChange,
  perceptionGaps,
  suppressRollUp,
  type GroupCount,
} from '../../src/core/index.ts';

/** A random forest: node i's parent is an earlier node or none; counts include everyone below. */
const hierarchyArb = fc
  .array(
    fc.record({ parent: fc.option(fc.nat(), { nil: undefined }), direct: fc.integer({ min: 0, max: 14 }) }),
    {
      minLength: 1,
      maxLength: 25,
    },
  )
  .map((nodes) => {
    const parents = nodes.map((n, i) => (n.parent === undefined || i === 0 ? undefined : n.parent % i));
    const totals = nodes.map((n) => n.direct);
    for (let i = nodes.length - 1; i > 0; i--) {
      const p = parents[i];
      if (p !== undefined) totals[p] = (totals[p] ?? 0) + (totals[i] ?? 0);
    }
    return nodes.map((_, i): GroupCount => ({
      id: `g${i}`,
      respondents: totals[i] ?? 0,
      ...(parents[i] === undefined ? {} : { parentId: `g${parents[i]}` }),
    }));
  });

const safe = (n: number, k: number) => n === 0 || n >= k;

describe('anonymity properties', () => {
  it('no visible cell, and no difference of visible cells, is a group under k', () => {
    fc.assert(
      fc.property(hierarchyArb, fc.integer({ min: 3, max: 8 }), (groups, k) => {
        const cells = suppressRollUp(groups, k);
        const visible = new Set(cells.filter((c) => c.visible).map((c) => c.id));
        const byId = new Map(groups.map((g) => [g.id, g]));
        const children = (id: string) => groups.filter((g) => g.parentId === id);
        const isAncestor = (a: string, b: GroupCount): boolean =>
          b.parentId !== undefined && (b.parentId === a || isAncestor(a, byId.get(b.parentId) ?? b));

        for (const g of groups) {
          if (visible.has(g.id)) expect(g.respondents).toBeGreaterThanOrEqual(k);
        }
        // Any single subtraction of one visible cell from a visible cell containing it.
        for (const a of groups) {
          if (!visible.has(a.id)) continue;
          for (const b of groups) {
            if (visible.has(b.id) && isAncestor(a.id, b)) {
              expect(safe(a.respondents - b.respondents, k)).toBe(true);
            }
          }
          // Parent minus all visible children: hidden siblings plus direct members.
          const kids = children(a.id);
          const hiddenUnion =
            a.respondents - kids.filter((c) => visible.has(c.id)).reduce((s, c) => s + c.respondents, 0);
          expect(safe(hiddenUnion, k)).toBe(true);
        }
        // The strongest form: parent minus every visible group under it (looking through hidden ones).
        const frontier = (id: string): GroupCount[] =>
          children(id).flatMap((c) => (visible.has(c.id) ? [c] : frontier(c.id)));
        for (const a of groups) {
          if (!visible.has(a.id)) continue;
          const gap = a.respondents - frontier(a.id).reduce((s, c) => s + c.respondents, 0);
          expect(safe(gap, k)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('hidden siblings are at least k together, or hidden with their parent', () => {
    fc.assert(
      fc.property(hierarchyArb, fc.integer({ min: 3, max: 8 }), (groups, k) => {
        const cells = new Map(suppressRollUp(groups, k).map((c) => [c.id, c]));
        for (const parent of groups) {
          const hiddenKids = groups.filter((g) => g.parentId === parent.id && !cells.get(g.id)?.visible);
          const union = hiddenKids.reduce((s, g) => s + g.respondents, 0);
          if (union > 0 && union < k) {
            // Only allowed when the parent is hidden too, or the visible rest leaves a safe remainder.
            const shownKids = groups.filter((g) => g.parentId === parent.id && cells.get(g.id)?.visible);
            const direct =
              parent.respondents -
              groups.filter((g) => g.parentId === parent.id).reduce((s, g) => s + g.respondents, 0);
            const derivable = parent.respondents - shownKids.reduce((s, g) => s + g.respondents, 0);
            expect(!cells.get(parent.id)?.visible || (direct > 0 && derivable >= k)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a gated figure is visible only with at least k respondents', () => {
    fc.assert(
      fc.property(fc.nat({ max: 50 }), fc.integer({ min: 3, max: 10 }), (respondents, k) => {
        expect(gateByRespondents('x', respondents, k).visible).toBe(respondents >= k);
      }),
    );
  });

  it("a leader's perception gap shows the team side only with at least k respondents", () => {
    const target = { kind: 'trait', key: 'friendly' } as const;
    fc.assert(
      fc.property(
        fc.nat({ max: 30 }),
        fc.integer({ min: 3, max: 10 }),
        fc.double({ min: 0, max: 100 }),
        (n, k, score) => {
          const [gap] = perceptionGaps([{ target, score: 80 }], [{ target, respondents: n, score }], { k });
          expect(gap?.visible).toBe(n >= k);
        },
      ),
    );
  });

  it('a comparison over time never isolates fewer than k joiners or leavers', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }).map((a) => a.map(String));
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 3, max: 8 }), (before, after, k) => {
        const change = membershipChange(before, after);
        const decision = comparisonAllowed(change, k, { previous: before.length, current: after.length });
        if (decision.allowed) {
          expect(before.length).toBeGreaterThanOrEqual(k);
          expect(after.length).toBeGreaterThanOrEqual(k);
          expect(safe(after.filter((id) => !before.includes(id)).length, k)).toBe(true);
          expect(safe(before.filter((id) => !after.includes(id)).length, k)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
