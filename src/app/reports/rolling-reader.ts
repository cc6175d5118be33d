import {
  DEFAULT_WINDOW_WEEKS,
  desiredCultureRoundsFor,
  desiredWindow,
  periodKey,
  rollingScore,
  targetId,
  weekWindow,
  type PeriodKey,
  type RollingScore,
  type WindowOptions,
} from '../../core/index.ts';
import { teamStatementStats, teamTargetStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import { rotationStatements } from '../open-rounds.ts';
import { closedRounds, comparability, lockedK, roundWeeks, type ClosedRound } from '../round-history.ts';
import { analyseTeam, type TargetAnalysis } from './team-analysis.ts';

/** Rounds read back: enough to cover the window before something done months ago. */
const ROUNDS_READ_BACK = 52;

/** A team's targets (not the "want more" variants) by `targetId`, as its report reads them at a moment. */
export interface RollingAt {
  (at: Date): ReadonlyMap<string, TargetAnalysis>;
  /** One target's rolling score at a moment; 'not_asked' in that moment's window when nothing asked it by then. */
  rolling(at: Date, target: string): RollingScore;
}

/** What the team wants more of, by value key, and the window it was read over. */
export interface DesiredCultureReading {
  readonly window: Required<WindowOptions>;
  /** The rounds that hold every desired statement once (30 at the default load). */
  readonly rounds: number;
  /** The team's closed rounds in the window: `rounds`, or fewer before the team has had that many. */
  readonly roundsRead: number;
  readonly values: ReadonlyMap<string, TargetAnalysis>;
}

/**
 * The team's scores as its report would have read them at any moment: the
 * rolling window ending in that moment's week (in the team's zone), pooled
 * from the rounds closed by then that were themselves shown. The team's
 * snapshots are read once; each week is analysed once.
 */
export async function teamRollingReader(ctx: AppContext, teamId: string): Promise<RollingAt> {
  const read = await teamReader(ctx, teamId, ROUNDS_READ_BACK);
  const weeks = ctx.settings.scoreWindowWeeks ?? DEFAULT_WINDOW_WEEKS;
  const byMoment = new Map<string, Map<string, TargetAnalysis>>();
  const readAt = (at: Date): ReadonlyMap<string, TargetAnalysis> => {
    const asOf = read.week(at);
    const key = `${asOf}/${read.closedBy(at)}`;
    let targets = byMoment.get(key);
    if (!targets) {
      targets = new Map(
        read
          .analyse({ asOf, weeks }, at)
          .filter((t) => t.variant !== 'desired')
          .map((t) => [targetId(t.target), t]),
      );
      byMoment.set(key, targets);
    }
    return targets;
  };
  return Object.assign(readAt, {
    rolling: (at: Date, target: string) =>
      readAt(at).get(target)?.rolling ?? rollingScore([], weekWindow({ asOf: read.week(at), weeks })),
  });
}

/**
 * Desired culture as the team's report reads it at `now`: pooled like every
 * rolling score, but over its own window, the team's last rounds that hold
 * every desired statement once (`desiredWindow`), since the elements leave
 * the desired statements too few slots to fit in the score window.
 * Undefined when the team's load leaves them no slot at all.
 */
export async function teamDesiredCulture(
  ctx: AppContext,
  teamId: string,
  now: Date,
): Promise<DesiredCultureReading | undefined> {
  const schedule = await ctx.db.schedule.findUnique({ where: { teamId }, select: { perPerson: true } });
  const perPerson = schedule?.perPerson ?? ctx.settings.perPerson;
  const rounds = desiredCultureRoundsFor(rotationStatements(ctx.bank), perPerson);
  if (rounds === undefined) return undefined;
  const read = await teamReader(ctx, teamId, rounds);
  const window = desiredWindow(read.roundWeeks, rounds, read.week(now));
  const values = read
    .analyse(window)
    .filter((t) => t.variant === 'desired')
    .map((t) => [t.target.key, t] as const);
  return {
    window,
    rounds,
    roundsRead: Math.min(rounds, read.roundWeeks.length),
    values: new Map(values),
  };
}

/** One team's closed rounds and round snapshots, read once and analysed over any window. */
async function teamReader(ctx: AppContext, teamId: string, readBack: number) {
  const team = await ctx.db.team.findUniqueOrThrow({ where: { id: teamId }, include: { schedule: true } });
  const timeZone = team.schedule?.timeZone ?? ctx.settings.defaultTimeZone;
  const rounds: ClosedRound[] = await closedRounds(ctx.db, teamId, readBack);
  const statementStats = await teamStatementStats(ctx.db, teamId);
  const targetStats = await teamTargetStats(ctx.db, teamId);
  const options = {
    k: lockedK(rounds, ctx.settings.k),
    comparable: await comparability(ctx.db, rounds),
  };
  // A round of a week may have closed later: what was not yet closed at `at` was not yet in any report.
  const closedBy = (at: Date) => rounds.filter((round) => round.closedAt <= at);
  return {
    roundWeeks: rounds.map((round) => round.week),
    week: (at: Date): PeriodKey => periodKey(at, 'week', timeZone),
    closedBy: (at: Date) => closedBy(at).length,
    /** The targets over `window`, from the rounds closed by `at` (all of them without it). */
    analyse: (window: Required<WindowOptions>, at?: Date) => {
      const closed = at ? closedBy(at) : rounds;
      const shown = new Set(roundWeeks(closed));
      const unseen = new Set(roundWeeks(rounds).filter((week) => !shown.has(week)));
      return analyseTeam(
        statementStats.filter((row) => !unseen.has(row.week)),
        targetStats.filter((row) => !unseen.has(row.week)),
        [...shown],
        ctx.bank,
        { ...options, window },
      ).targets;
    },
  };
}
