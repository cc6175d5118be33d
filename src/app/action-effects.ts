import {
  DEFAULT_WINDOW_WEEKS,
  actionEffect,
  periodKey,
  targetId,
  type NudgeEffect,
  type RollingScore,
} from '../core/index.ts';
import type { FigureInput } from '../messages/index.ts';
import { teamStatementStats, teamTargetStats } from '../store/answer-stats.ts';
import type { ActionItem } from './actions.ts';
import type { AppContext } from './context.ts';
import { pooledFigure } from './reports/pooled-figures.ts';
import { analyseTeam } from './reports/team-analysis.ts';
import { closedRounds, comparability, lockedK, roundWeeks } from './round-history.ts';

/** A rolling figure as a report shows it, with the weeks it pools. */
export interface WindowedFigure {
  readonly figure: FigureInput;
  readonly window: { readonly from: string; readonly to: string };
}

/** Before (as the action was made) and after (now), on the window the scores use. */
export interface ActionEffectView {
  readonly effect: NudgeEffect;
  readonly difference?: number;
  readonly before: WindowedFigure;
  readonly after: WindowedFigure;
}

/** Rounds read back for an effect: enough to cover the before window of an action made months ago. */
const ROUNDS_FOR_EFFECTS = 52;

/**
 * Each action's effect on its target, read from the team's published
 * snapshots exactly as the team report reads them: the rolling score as of
 * the week the action was made, and as of now. A figure the report would
 * hide stays hidden here, and the effect is then 'unknown'.
 */
export async function actionEffects(
  ctx: AppContext,
  actions: readonly ActionItem[],
  now: Date,
): Promise<Map<string, ActionEffectView>> {
  const effects = new Map<string, ActionEffectView>();
  const byTeam = new Map<string, ActionItem[]>();
  for (const action of actions) byTeam.set(action.teamId, [...(byTeam.get(action.teamId) ?? []), action]);
  for (const [teamId, teamActions] of byTeam) {
    const readAt = await teamReader(ctx, teamId);
    for (const action of teamActions) {
      const before = readAt(action.createdAt).get(targetId(action.target));
      const after = readAt(now).get(targetId(action.target));
      if (!before || !after) continue;
      const judged = actionEffect({ createdAt: action.createdAt, now, before, after });
      effects.set(action.id, {
        ...judged,
        before: windowed(before),
        after: windowed(after),
      });
    }
  }
  return effects;
}

function windowed(score: RollingScore): WindowedFigure {
  return { figure: pooledFigure(score), window: { from: score.window.from, to: score.window.to } };
}

/** The team's rolling scores per target as of a moment, each moment read once. */
export async function teamReader(ctx: AppContext, teamId: string) {
  const team = await ctx.db.team.findUniqueOrThrow({ where: { id: teamId }, include: { schedule: true } });
  const timeZone = team.schedule?.timeZone ?? ctx.settings.defaultTimeZone;
  const rounds = await closedRounds(ctx.db, teamId, ROUNDS_FOR_EFFECTS);
  const statementStats = await teamStatementStats(ctx.db, teamId);
  const targetStats = await teamTargetStats(ctx.db, teamId);
  const options = {
    k: lockedK(rounds, ctx.settings.k),
    comparable: await comparability(ctx.db, rounds),
  };
  const weeks = ctx.settings.scoreWindowWeeks ?? DEFAULT_WINDOW_WEEKS;
  const read = new Map<string, Map<string, RollingScore>>();
  return (at: Date): Map<string, RollingScore> => {
    const asOf = periodKey(at, 'week', timeZone);
    let scores = read.get(asOf);
    if (!scores) {
      const analysis = analyseTeam(statementStats, targetStats, roundWeeks(rounds), ctx.bank, {
        ...options,
        window: { asOf, weeks },
      });
      scores = new Map(
        analysis.targets.filter((t) => t.variant !== 'desired').map((t) => [targetId(t.target), t.rolling]),
      );
      read.set(asOf, scores);
    }
    return scores;
  };
}
