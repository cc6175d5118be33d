import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparisonAllowed,
  gateByRespondents,
  membershipChange,
  perceptionGaps,
} from '../../src/core/index.ts';

/** Nobody, or at least k people: never a group small enough to single someone out. */
const safe = (n: number, k: number) => n === 0 || n >= k;

describe('anonymity properties', () => {
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
