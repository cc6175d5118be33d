import type { TargetRef } from '../model/keys.ts';
import { assertK } from './anonymity.ts';
import { targetId } from './target-key.ts';

/**
 * |leader − team| up to this many score points counts as aligned. Ten points
 * is 0.4 of a step on the 5-point scale: less than a step, more than the
 * rounding noise of a team-sized sample.
 */
export const ALIGNED_GAP_POINTS = 10;

export type GapLabel = 'aligned' | 'leader_higher' | 'leader_lower';

/** A leader's own score for a target (from their "I …" answers), 0–100. */
export interface SelfRating {
  readonly target: TargetRef;
  readonly score: number;
}

/** The team's aggregate view of the same target. */
export interface TeamView {
  readonly target: TargetRef;
  readonly respondents: number;
  readonly score: number;
}

export type PerceptionGap =
  | {
      readonly target: TargetRef;
      readonly visible: true;
      readonly leaderScore: number;
      readonly teamScore: number;
      /** Leader minus team, in score points (−100…100). */
      readonly gap: number;
      readonly label: GapLabel;
    }
  | { readonly target: TargetRef; readonly visible: false; readonly reason: 'below_k' | 'no_team_view' };

/** Names a gap in score points: within ±threshold is aligned. */
export function gapLabel(gap: number, threshold = ALIGNED_GAP_POINTS): GapLabel {
  if (gap > threshold) return 'leader_higher';
  if (gap < -threshold) return 'leader_lower';
  return 'aligned';
}

/**
 * The leader's self-view beside the team's view, per target the leader rated
 * (traits and elements in practice), in the order of `self`. The team side is
 * shown only when it passes the anonymity gate (respondents ≥ k); the result
 * is meant for that leader alone.
 */
export function perceptionGaps(
  self: readonly SelfRating[],
  team: readonly TeamView[],
  options: { readonly k: number; readonly alignedWithin?: number },
): PerceptionGap[] {
  assertK(options.k);
  const views = new Map(team.map((v) => [targetId(v.target), v]));
  return self.map((rating): PerceptionGap => {
    const view = views.get(targetId(rating.target));
    if (!view) return { target: rating.target, visible: false, reason: 'no_team_view' };
    if (view.respondents < options.k) return { target: rating.target, visible: false, reason: 'below_k' };
    const gap = rating.score - view.score;
    return {
      target: rating.target,
      visible: true,
      leaderScore: rating.score,
      teamScore: view.score,
      gap,
      label: gapLabel(gap, options.alignedWithin),
    };
  });
}
