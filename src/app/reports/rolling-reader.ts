import {
  DEFAULT_WINDOW_WEEKS,
  periodKey,
  rollingScore,
  targetId,
  weekWindow,
  type RollingScore,
} from '../../core/index.ts';
import { teamStatementStats, teamTargetStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import { closedRounds, comparability, lockedK, roundWeeks } from '../round-history.ts';
import { analyseTeam, type TargetAnalysis } from './team-analysis.ts';

/** Rounds read back: enough to cover the window before something done months ago. */
const ROUNDS_READ_BACK = 52;

/** A team's targets (not the "want more" variants) by `targetId`, as its report reads them at a moment. */
export interface RollingAt {
  (at: Date): ReadonlyMap<string, TargetAnalysis>;
  /** One target's rolling score at a moment; 'not_asked' in that moment's window when nothing asked it by then. */
  rolling(at: Date, target: string): RollingScore;
}

/**
 * The team's scores as its report would have read them at any moment: the
 * rolling window ending in that moment's week (in the team's zone), pooled
 * from the rounds closed by then that were themselves shown. The team's
 * snapshots are read once; each week is analysed once.
 */
export async function teamRollingReader(ctx: AppContext, teamId: string): Promise<RollingAt> {
  const team = await ctx.db.team.findUniqueOrThrow({ where: { id: teamId }, include: { schedule: true } });
  const timeZone = team.schedule?.timeZone ?? ctx.settings.defaultTimeZone;
  const rounds = await closedRounds(ctx.db, teamId, ROUNDS_READ_BACK);
  const statementStats = await teamStatementStats(ctx.db, teamId);
  const targetStats = await teamTargetStats(ctx.db, teamId);
  const options = {
    k: lockedK(rounds, ctx.settings.k),
    comparable: await comparability(ctx.db, rounds),
  };
  const weeks = ctx.settings.scoreWindowWeeks ?? DEFAULT_WINDOW_WEEKS;
  const read = new Map<string, Map<string, TargetAnalysis>>();
  const readAt = (at: Date): ReadonlyMap<string, TargetAnalysis> => {
    const asOf = periodKey(at, 'week', timeZone);
    // A round of that week may have closed later: what was not yet closed was not yet in any report.
    const closed = rounds.filter((round) => round.closedAt <= at);
    const key = `${asOf}/${closed.length}`;
    let targets = read.get(key);
    if (!targets) {
      const shown = new Set(roundWeeks(closed));
      const unseen = new Set(roundWeeks(rounds).filter((week) => !shown.has(week)));
      const analysis = analyseTeam(
        statementStats.filter((row) => !unseen.has(row.week)),
        targetStats.filter((row) => !unseen.has(row.week)),
        [...shown],
        ctx.bank,
        { ...options, window: { asOf, weeks } },
      );
      targets = new Map(
        analysis.targets.filter((t) => t.variant !== 'desired').map((t) => [targetId(t.target), t]),
      );
      read.set(key, targets);
    }
    return targets;
  };
  return Object.assign(readAt, {
    rolling: (at: Date, target: string) =>
      readAt(at).get(target)?.rolling ??
      rollingScore([], weekWindow({ asOf: periodKey(at, 'week', timeZone), weeks })),
  });
}
