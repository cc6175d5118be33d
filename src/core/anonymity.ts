import { PulseError } from '../errors.ts';

/** Respondents a figure needs before it is shown (industry norm). */
export const DEFAULT_K = 5;
/** k is never lower than this. */
export const MIN_K = 3;
/** Comments a leader sees together by default (see `releaseComments`). */
export const DEFAULT_MIN_COMMENTS = 3;
/** Comments are never shown in a batch smaller than this. */
export const MIN_COMMENTS = 3;

export const SUPPRESSION_REASONS = [
  'below_k',
  'complementary',
  'membership_change',
  'comments_below_k',
] as const;
/**
 * Why something is not shown: fewer than k respondents; hidden so that a
 * small group cannot be worked out by subtraction; membership changed by
 * fewer than k people between two periods; too few comments to show together.
 */
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export interface AnonymitySettings {
  readonly k: number;
  /** The fewest comments released together (at least MIN_COMMENTS). */
  readonly minComments: number;
}

/** A value that may be shown, or the reason it may not. */
export type Gated<T> =
  | { readonly visible: true; readonly value: T }
  | { readonly visible: false; readonly reason: SuppressionReason };

/**
 * Validates the anonymity settings (k defaults to 5, at least 3; the fewest
 * comments shown together defaults to 3 and is never below 3).
 */
export function resolveAnonymity(
  input: { readonly k?: number; readonly minComments?: number } = {},
): AnonymitySettings {
  const k = input.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < MIN_K) {
    throw new PulseError(
      'usage',
      `The anonymity threshold k must be a whole number of at least ${MIN_K}; got ${k}. Fewer respondents could be identified.`,
    );
  }
  const minComments = input.minComments ?? DEFAULT_MIN_COMMENTS;
  if (!Number.isInteger(minComments) || minComments < MIN_COMMENTS) {
    throw new PulseError(
      'usage',
      `The fewest comments shown together must be a whole number of at least ${MIN_COMMENTS}; got ${minComments}. Fewer could be told apart.`,
    );
  }
  return { k, minComments };
}

/**
 * Shows `value` only when at least k people responded. `respondents` counts
 * distinct people, not answers: for a target asked through several statements
 * use the people who answered it (or a lower bound, such as the most answers
 * any one of its statements got in one round).
 */
export function gateByRespondents<T>(value: T, respondents: number, k: number): Gated<T> {
  assertK(k);
  return respondents >= k ? { visible: true, value } : { visible: false, reason: 'below_k' };
}

export interface MembershipChange {
  readonly joined: number;
  readonly left: number;
}

/** People who joined and left between two periods' member lists. */
export function membershipChange(previous: Iterable<string>, current: Iterable<string>): MembershipChange {
  const before = new Set(previous);
  const after = new Set(current);
  let joined = 0;
  let left = 0;
  for (const id of after) if (!before.has(id)) joined++;
  for (const id of before) if (!after.has(id)) left++;
  return { joined, left };
}

export type ComparisonDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: 'below_k' | 'membership_change' };

/**
 * Whether a period-over-period comparison of a group may be shown. Both
 * periods need k respondents, and the people who joined and the people who
 * left must each be none or at least k: otherwise the change between the two
 * figures would reveal the newcomers' or leavers' answers.
 */
export function comparisonAllowed(
  change: MembershipChange,
  k: number,
  respondents?: { readonly previous: number; readonly current: number },
): ComparisonDecision {
  assertK(k);
  if (respondents && (respondents.previous < k || respondents.current < k)) {
    return { allowed: false, reason: 'below_k' };
  }
  const small = (n: number) => n > 0 && n < k;
  if (small(change.joined) || small(change.left)) return { allowed: false, reason: 'membership_change' };
  return { allowed: true };
}

/** Throws a `usage` PulseError unless k is a whole number of at least MIN_K. */
export function assertK(k: number): void {
  if (!Number.isInteger(k) || k < MIN_K) {
    throw new PulseError(
      'usage',
      `An anonymity threshold must be a whole number of at least ${MIN_K}; got ${k}.`,
    );
  }
}
