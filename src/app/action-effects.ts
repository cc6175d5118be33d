import { rollingEffect, targetId, type NudgeEffect, type RollingScore } from '../core/index.ts';
import type { FigureInput } from '../messages/index.ts';
import type { ActionItem } from './actions.ts';
import type { AppContext } from './context.ts';
import { pooledFigure } from './reports/pooled-figures.ts';
import { teamRollingReader } from './reports/rolling-reader.ts';

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

/**
 * Each action's effect on its target, read from the team's published
 * snapshots exactly as the team report reads them: the rolling score as it
 * stood when the action was made, and as of now. A figure the report would
 * hide (or that nothing had asked yet) stays hidden here with its reason,
 * and the effect is then 'unknown'.
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
    const readAt = await teamRollingReader(ctx, teamId);
    for (const action of teamActions) {
      const before = readAt.rolling(action.createdAt, targetId(action.target));
      const after = readAt.rolling(now, targetId(action.target));
      const judged = rollingEffect({ since: action.createdAt, now, before, after });
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
