import { periodLabel } from '../../messages/index.ts';
import { whole } from '../../messages/score-cells.ts';
import type { SeriesPoint } from '../../messages/types.ts';
import type { Locale } from '../../model/index.ts';
import { teamStatementStats, teamTargetStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import { closedRounds, comparability, lockedK, roundWeeks } from '../round-history.ts';
import { analyseTeam } from './team-analysis.ts';

/**
 * A team's eNPS in each of its reported rounds that asked it, oldest first:
 * for each round, the analysis the team report made when that round was the
 * latest (its statistics up to that week, gated with that round's k), so the
 * line holds exactly the eNPS each leader report showed or hid.
 */
export async function teamEnpsByRound(
  ctx: AppContext,
  teamId: string,
  locale: Locale,
): Promise<SeriesPoint[]> {
  const rounds = await closedRounds(ctx.db, teamId);
  const weeks = roundWeeks(rounds);
  const stats = await teamStatementStats(ctx.db, teamId);
  const totals = await teamTargetStats(ctx.db, teamId);
  const options = { k: lockedK(rounds, ctx.settings.k), comparable: await comparability(ctx.db, rounds) };
  return weeks.flatMap((week, index): SeriesPoint[] => {
    const { enps } = analyseTeam(
      stats.filter((row) => row.week <= week),
      totals.filter((row) => row.week <= week),
      weeks.slice(0, index + 1),
      ctx.bank,
      options,
    );
    if (enps.respondents === 0) return [];
    const base = { period: week, n: enps.respondents, label: periodLabel(week, locale) };
    return [
      enps.summary
        ? { ...base, value: whole(enps.summary.enps) }
        : { ...base, value: null, hidden: 'below_k' },
    ];
  });
}
