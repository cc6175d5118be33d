import type { TargetRef } from '../model/keys.ts';
import { assertK } from './anonymity.ts';
import { scoreFromMean } from './scores.ts';
import { mergeAgreeStats, type AgreeStats } from './stats.ts';
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

/** A leader's own answer (1–5) to one statement in one closed round. */
export interface LeaderStatementAnswer {
  readonly statementId: string;
  readonly target: TargetRef;
  /** The round's week (`2026-W05`). */
  readonly week: string;
  readonly value: number;
}

/** What the team's answers to one statement came to in one closed round. */
export interface TeamStatementFigure {
  readonly statementId: string;
  readonly week: string;
  /** People who gave a scored answer. */
  readonly answered: number;
  readonly stats: AgreeStats;
}

/**
 * Gaps on matched statements only. A leader's answer counts when the
 * statement is a parallel pair (`parallel`: the leader's wording measures the
 * same thing as the team's) and the team answered the same statement in the
 * same round with at least k people; the team's side is then built from
 * exactly those statements and rounds. So an element's gap never sets the
 * leader's view of one statement against the team's view of another, and a
 * round or statement only one side answered adds nothing. Pass the rounds of
 * one window; the result is meant for that leader alone.
 */
export function matchedPerceptionGaps(
  leader: readonly LeaderStatementAnswer[],
  team: readonly TeamStatementFigure[],
  options: {
    readonly k: number;
    readonly parallel: (statementId: string) => boolean;
    readonly alignedWithin?: number;
  },
): PerceptionGap[] {
  assertK(options.k);
  const figures = new Map(team.map((figure) => [`${figure.statementId}@${figure.week}`, figure]));
  const byTarget = new Map<string, { target: TargetRef; values: number[]; team: TeamStatementFigure[] }>();
  for (const answer of leader) {
    if (!options.parallel(answer.statementId)) continue;
    const figure = figures.get(`${answer.statementId}@${answer.week}`);
    if (!figure || figure.answered < options.k || figure.stats.count === 0) continue;
    const id = targetId(answer.target);
    const entry = byTarget.get(id) ?? { target: answer.target, values: [], team: [] };
    entry.values.push(answer.value);
    entry.team.push(figure);
    byTarget.set(id, entry);
  }
  const entries = [...byTarget.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, entry]) => entry);
  const self = entries.map(({ target, values }) => ({
    target,
    score: scoreFromMean(values.reduce((a, b) => a + b, 0) / values.length),
  }));
  const views = entries.map(({ target, team: matched }) => {
    const stats = mergeAgreeStats(matched.map((figure) => figure.stats));
    // Each matched statement had at least k people; at least the largest of them stand behind the view.
    return {
      target,
      respondents: Math.max(...matched.map((figure) => figure.answered)),
      score: scoreFromMean(stats.sum / stats.count),
    };
  });
  return perceptionGaps(self, views, {
    k: options.k,
    ...(options.alignedWithin === undefined ? {} : { alignedWithin: options.alignedWithin }),
  });
}
