import { describe, expect, it } from 'vitest';
import {
  comparisonAllowed,
  gateByRespondents,
  membershipChange,
  resolveAnonymity,
} from '../../src/core/index.ts';
import { isPulseError } from '../../src/errors.ts';

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
