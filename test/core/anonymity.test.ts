import { describe, expect, it } from 'vitest';
import {
  comparisonAllowed,
  gateByRespondents,
  gateComments,
  membershipChange,
  resolveAnonymity,
} from '../../src/core/index.ts';
import { isPulseError } from '../../src/errors.ts';

describe('anonymity settings', () => {
  it('defaults to k = 5 and comments at 10', () => {
    expect(resolveAnonymity()).toEqual({ k: 5, commentK: 10 });
    expect(resolveAnonymity({ k: 12 })).toEqual({ k: 12, commentK: 12 });
  });

  it('refuses k below 3 and a comment threshold below k', () => {
    try {
      resolveAnonymity({ k: 2 });
      expect.unreachable();
    } catch (error) {
      expect(isPulseError(error, 'usage')).toBe(true);
      expect((error as Error).message).toMatch(/at least 3/);
    }
    expect(() => resolveAnonymity({ k: 5, commentK: 4 })).toThrow(/at least k/);
  });
});

describe('gates', () => {
  it('shows nothing for fewer than k respondents', () => {
    expect(gateByRespondents(72, 4, 5)).toEqual({ visible: false, reason: 'below_k' });
    expect(gateByRespondents(72, 5, 5)).toEqual({ visible: true, value: 72 });
  });

  it('holds comments back until enough people commented', () => {
    expect(gateComments(['a', 'b'], 9, 10)).toEqual({ visible: false, reason: 'comments_below_k' });
    expect(gateComments(['a'], 10, 10).visible).toBe(true);
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
