import { DateTime } from 'luxon';
import type { TargetRef } from '../model/keys.ts';
import { targetId } from './target-key.ts';
import { compareTuples, tieBreak } from './tie-break.ts';

/** A team never sees the same nudge twice within this many weeks. */
export const NUDGE_REPEAT_WEEKS = 8;

/** The part of a content-bank nudge the choice needs (the bank's type fits). */
export interface NudgeOption {
  readonly id: string;
  readonly target: TargetRef;
  readonly audience: 'team' | 'leader';
}

/** Where a team stands on a target this period (only figures that passed the gate). */
export interface TargetStanding {
  readonly target: TargetRef;
  /** Null when suppressed or unknown. */
  readonly score: number | null;
  /** Change against the previous period, when it may be shown. */
  readonly change?: { readonly difference: number; readonly beyondNoise: boolean } | null;
}

export type NudgeFeedback = 'did-this' | 'not-for-us';

/** A nudge posted to this team, with the team's feedback if any. */
export interface NudgePosting {
  readonly nudgeId: string;
  readonly postedAt: Date;
  readonly feedback?: NudgeFeedback;
}

/** Feedback on a nudge from all teams. */
export interface NudgeFeedbackTally {
  readonly nudgeId: string;
  readonly didThis: number;
  readonly notForUs: number;
}

export interface NudgeChoiceInput {
  readonly nudges: readonly NudgeOption[];
  readonly standings: readonly TargetStanding[];
  /** This team's postings (any age). */
  readonly posted: readonly NudgePosting[];
  /** Feedback across teams. */
  readonly feedback?: readonly NudgeFeedbackTally[];
  readonly audience?: 'team' | 'leader';
  readonly now: Date;
  /** Seed for deterministic tie-breaks, e.g. `${teamId}/${periodKey}`. */
  readonly seed: string;
}

export interface NudgeChoice {
  readonly nudgeId: string;
  readonly target: TargetRef;
  /** 'falling': the target fell beyond noise; 'weakest': the lowest score. */
  readonly reason: 'falling' | 'weakest';
}

/**
 * Picks the nudge for a team. Targets in order: those that fell beyond noise
 * (largest fall first), then the rest from the lowest score up; elements,
 * traits and values only, suppressed ones skipped. For the first target with
 * an eligible nudge (right audience, not posted to this team in the last
 * eight weeks) the nudge is ranked: ones this team called "not for us" last,
 * then by teams' "did this" minus "not for us", then ones this team never had,
 * then a seeded tie-break. Null when nothing is eligible.
 */
export function chooseNudge(input: NudgeChoiceInput): NudgeChoice | null {
  const audience = input.audience ?? 'team';
  const cutoff = DateTime.fromJSDate(input.now).minus({ weeks: NUDGE_REPEAT_WEEKS }).toMillis();
  const recent = new Set(input.posted.filter((p) => p.postedAt.getTime() > cutoff).map((p) => p.nudgeId));
  const everPosted = new Set(input.posted.map((p) => p.nudgeId));
  const rejected = new Set(input.posted.filter((p) => p.feedback === 'not-for-us').map((p) => p.nudgeId));
  const tally = new Map((input.feedback ?? []).map((f) => [f.nudgeId, f.didThis - f.notForUs]));

  for (const { standing, reason } of focusOrder(input.standings, input.seed)) {
    const id = targetId(standing.target);
    const candidates = input.nudges
      .filter((n) => n.audience === audience && targetId(n.target) === id && !recent.has(n.id))
      .map((n) => ({
        nudge: n,
        key: [
          rejected.has(n.id) ? 1 : 0,
          -(tally.get(n.id) ?? 0),
          everPosted.has(n.id) ? 1 : 0,
          tieBreak(input.seed, n.id),
        ],
      }))
      .sort((a, b) => compareTuples(a.key, b.key));
    const best = candidates[0];
    if (best) return { nudgeId: best.nudge.id, target: best.nudge.target, reason };
  }
  return null;
}

function focusOrder(
  standings: readonly TargetStanding[],
  seed: string,
): { standing: TargetStanding; reason: NudgeChoice['reason'] }[] {
  const shown = standings.filter(
    (s): s is TargetStanding & { score: number } => s.score !== null && s.target.kind !== 'enps',
  );
  const fell = (s: TargetStanding) => s.change?.beyondNoise === true && s.change.difference < 0;
  const order = (s: TargetStanding) => tieBreak(seed, targetId(s.target));
  const falling = shown
    .filter(fell)
    .sort((a, b) =>
      compareTuples(
        [a.change?.difference ?? 0, a.score, order(a)],
        [b.change?.difference ?? 0, b.score, order(b)],
      ),
    );
  const weakest = shown
    .filter((s) => !fell(s))
    .sort((a, b) => compareTuples([a.score, order(a)], [b.score, order(b)]));
  return [
    ...falling.map((standing) => ({ standing, reason: 'falling' as const })),
    ...weakest.map((standing) => ({ standing, reason: 'weakest' as const })),
  ];
}
