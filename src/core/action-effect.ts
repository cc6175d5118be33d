import { evaluateNudgeEffect, type NudgeEffectResult } from './nudge-effect.ts';
import type { RollingScore } from './rolling-score.ts';

/**
 * An action's effect on its element: the rolling score as it stood when the
 * action was made against the rolling score now, judged like a nudge's
 * effect (pending for NUDGE_EFFECT_WEEKS, then up / down beyond noise or
 * flat). Only figures a report shows take part: a score hidden under k, or
 * not asked in its window, makes the effect 'unknown', never a number.
 */
export function actionEffect(input: {
  readonly createdAt: Date;
  readonly now: Date;
  readonly before: RollingScore;
  readonly after: RollingScore;
}): NudgeEffectResult {
  return evaluateNudgeEffect({
    postedAt: input.createdAt,
    now: input.now,
    before: shownEstimate(input.before),
    after: shownEstimate(input.after),
  });
}

function shownEstimate(score: RollingScore) {
  if (score.status !== 'shown' || !score.summary) return null;
  return { score: score.summary.score, standardError: score.summary.standardError };
}
