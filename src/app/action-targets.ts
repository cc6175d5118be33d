import { targetId } from '../core/index.ts';
import type { AppContext } from './context.ts';
import { teamRollingReader } from './reports/rolling-reader.ts';

/**
 * The team's weakest element as its report shows it now: the lowest rolling
 * score among the elements whose score is shown (a hidden one is never
 * picked, so the choice says nothing the report does not). Undefined before
 * any element has a score to show.
 */
export async function weakestElement(
  ctx: AppContext,
  teamId: string,
  now: Date,
): Promise<string | undefined> {
  const scores = (await teamRollingReader(ctx, teamId))(now);
  let weakest: { key: string; score: number } | undefined;
  for (const element of ctx.bank.elements) {
    const score = scores.get(targetId({ kind: 'element', key: element.key }))?.rolling.summary?.score;
    if (score !== undefined && (!weakest || score < weakest.score)) weakest = { key: element.key, score };
  }
  return weakest?.key;
}
