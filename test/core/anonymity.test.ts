import { describe, expect, it } from 'vitest';
import {
  comparisonAllowed,
  gateByRespondents,
  membershipChange,
  resolveAnonymity,
  suppressRollUp,
  type CellDecision,
} from '../../src/core/index.ts';
import { isPulseError } from '../../src/errors.ts';

const hiddenIds = (cells: readonly CellDecision[]) => cells.filter((c) => !c.visible).map((c) => c.id);

describe('anonymity settings', () => {
  it('defaults to k = 5 and comments shown at least three together', () => {
    expect(resolveAnonymity()).toEqual({ k: 5, minComments: 3 });
    expect(resolveAnonymity({ k: 12 })).toEqual({ k: 12, minComments: 3 });
  });

  it('refuses k below 3 and fewer than three comments shown together', () => {
    try {
      resolveAnonymity({ k: 2 });
      expect.unreachable();
    } catch (error) {
      expect(isPulseError(error, 'usage')).toBe(true);
      expect((error as Error).message).toMatch(/at least 3/);
    }
    expect(() => resolveAnonymity({ k: 5, minComments: 2 })).toThrow(/at least 3/);
  });
});

describe('gates', () => {
  it('shows nothing for fewer than k respondents', () => {
    expect(gateByRespondents(72, 4, 5)).toEqual({ visible: false, reason: 'below_k' });
    expect(gateByRespondents(72, 5, 5)).toEqual({ visible: true, value: 72 });
  });
});

describe('roll-ups', () => {
  it('hides the next-smallest sibling when one team is below k', () => {
    const cells = suppressRollUp(
      [
        { id: 'dept', respondents: 30 },
        { id: 'a', parentId: 'dept', respondents: 3 },
        { id: 'b', parentId: 'dept', respondents: 12 },
        { id: 'c', parentId: 'dept', respondents: 15 },
      ],
      5,
    );
    expect(cells).toEqual([
      { id: 'dept', visible: true },
      { id: 'a', visible: false, reason: 'below_k' },
      { id: 'b', visible: false, reason: 'complementary' },
      { id: 'c', visible: true },
    ]);
  });

  it('leaves siblings alone when the hidden ones together reach k', () => {
    const cells = suppressRollUp(
      [
        { id: 'dept', respondents: 26 },
        { id: 'a', parentId: 'dept', respondents: 3 },
        { id: 'b', parentId: 'dept', respondents: 4 },
        { id: 'c', parentId: 'dept', respondents: 19 },
      ],
      5,
    );
    expect(hiddenIds(cells)).toEqual(['a', 'b']);
  });

  it("protects a parent's direct members who are in no child group", () => {
    const cells = suppressRollUp(
      [
        { id: 'dept', respondents: 22 }, // 2 people report directly to the department head
        { id: 'a', parentId: 'dept', respondents: 8 },
        { id: 'b', parentId: 'dept', respondents: 12 },
      ],
      5,
    );
    expect(hiddenIds(cells)).toEqual(['a']);
  });

  it('skips a sibling whose own shown teams would give it away again', () => {
    const cells = suppressRollUp(
      [
        { id: 'org', respondents: 33 },
        { id: 'a', parentId: 'org', respondents: 3 },
        { id: 'b', parentId: 'org', respondents: 10 }, // = b1 + b2: hiding b alone reveals nothing new
        { id: 'b1', parentId: 'b', respondents: 5 },
        { id: 'b2', parentId: 'b', respondents: 5 },
        { id: 'c', parentId: 'org', respondents: 20 },
      ],
      5,
    );
    expect(hiddenIds(cells)).toEqual(['a', 'c']);
  });

  it('looks through a hidden group to the shown groups below it', () => {
    const cells = suppressRollUp(
      [
        { id: 'org', respondents: 23 },
        { id: 'a', parentId: 'org', respondents: 3 },
        { id: 'b', parentId: 'org', respondents: 10 },
        { id: 'b1', parentId: 'b', respondents: 5 },
        { id: 'b2', parentId: 'b', respondents: 5 },
        { id: 'c', parentId: 'org', respondents: 10 },
        { id: 'c1', parentId: 'c', respondents: 5 },
        { id: 'c2', parentId: 'c', respondents: 5 },
      ],
      5,
    );
    // b is hidden, then b1 too, since org − b2 − c would otherwise give a's 3 answers.
    expect(hiddenIds(cells)).toEqual(['a', 'b', 'b1']);
  });

  it('rejects counts where the children outnumber their parent', () => {
    expect(() =>
      suppressRollUp(
        [
          { id: 'p', respondents: 5 },
          { id: 'c', parentId: 'p', respondents: 6 },
        ],
        5,
      ),
    ).toThrow(/counts everyone below it/);
  });
});

describe('comparisons over time', () => {
  it('counts who joined and who left', () => {
    expect(membershipChange(['a', 'b', 'c'], ['b', 'c', 'd', 'e'])).toEqual({ joined: 2, left: 1 });
  });

  it('hides a comparison when fewer than k people joined or left', () => {
    expect(comparisonAllowed({ joined: 1, left: 0 }, 5)).toEqual({
      allowed: false,
      reason: 'membership_change',
    });
    expect(comparisonAllowed({ joined: 0, left: 4 }, 5)).toEqual({
      allowed: false,
      reason: 'membership_change',
    });
    expect(comparisonAllowed({ joined: 0, left: 0 }, 5)).toEqual({ allowed: true });
    expect(comparisonAllowed({ joined: 6, left: 5 }, 5)).toEqual({ allowed: true });
    expect(comparisonAllowed({ joined: 0, left: 0 }, 5, { previous: 4, current: 9 })).toEqual({
      allowed: false,
      reason: 'below_k',
    });
  });
});
