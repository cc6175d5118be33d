import { DateTime } from 'luxon';
import { compareToPrevious, type ScoreEstimate } from './trends.ts';

/** A nudge's effect is judged this many weeks after it was posted. */
export const NUDGE_EFFECT_WEEKS = 4;

export type NudgeEffect = 'up' | 'down' | 'flat' | 'unknown' | 'pending';

export interface NudgeEffectInput {
  readonly postedAt: Date;
  readonly now: Date;
  /** The target's figure for the period before the nudge; null when suppressed. */
  readonly before: ScoreEstimate | null;
  /** The target's figure for the period ending four weeks after; null when suppressed. */
  readonly after: ScoreEstimate | null;
}

export interface NudgeEffectResult {
  readonly effect: NudgeEffect;
  /** After minus before, in score points, when both are known. */
  readonly difference?: number;
}

/**
 * Whether the target moved after a nudge: 'pending' until four weeks have
 * passed; 'unknown' when either figure is suppressed (or the comparison may not
 * be shown — pass null then); otherwise up / down beyond noise (95%) or flat.
 */
export function evaluateNudgeEffect(input: NudgeEffectInput): NudgeEffectResult {
  const due = DateTime.fromJSDate(input.postedAt).plus({ weeks: NUDGE_EFFECT_WEEKS }).toMillis();
  if (input.now.getTime() < due) return { effect: 'pending' };
  if (!input.before || !input.after) return { effect: 'unknown' };
  const change = compareToPrevious(input.after, input.before);
  return { effect: change.direction, difference: change.difference };
}
