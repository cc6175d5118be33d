import { evaluateNudgeEffect, type NudgeEffectResult } from './nudge-effect.ts';
import type { RollingScore } from './rolling-score.ts';

/**
 * What followed an action or a nudge on its target: the rolling score as it
 * stood when it was made (`since`) against the rolling score now, judged as
 * a nudge's effect is (pending for NUDGE_EFFECT_WEEKS, then up / down beyond
 * noise or flat). Only figures a report shows take part: a score hidden
 * under k, or not asked in its window, makes the effect 'unknown', never a
 * number.
 */
export function rollingEffect(input: {
  readonly since: Date;
  readonly now: Date;
  readonly before: RollingScore;
  readonly after: RollingScore;
}): NudgeEffectResult {
  return evaluateNudgeEffect({
    postedAt: input.since,
    now: input.now,
    before: shownEstimate(input.before),
    after: shownEstimate(input.after),
  });
}

function shownEstimate(score: RollingScore) {
  if (score.status !== 'shown' || !score.summary) return null;
  return { score: score.summary.score, standardError: score.summary.standardError };
}
