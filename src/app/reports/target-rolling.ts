import {
  mergeAgreeStats,
  periodTrend,
  rollingScore,
  scorePeriods,
  weekWindow,
  type AgreeStats,
  type Change,
  type PeriodKey,
  type RollingScore,
  type RoundSnapshot,
  type TrendDirection,
} from '../../core/index.ts';

/** Periods of "scores over time" at most: a year of four-week periods. */
export const HISTORY_PERIODS = 13;

/** What the rounds of one week hold about a target. */
export interface WeekParts {
  readonly agree: readonly AgreeStats[];
  /** Distinct people behind the target that week. */
  readonly respondents: number;
  readonly statementIds: readonly string[];
}

/** Where a team's scores are read: the week, and how many weeks each score pools. */
export interface ScoreWindowOptions {
  readonly asOf: PeriodKey;
  readonly weeks: number;
}

/** A target's scores as a person sees them: rolling over the window, per four-week period, and its trend. */
export interface TargetRolling {
  readonly rolling: RollingScore;
  /** Oldest first, back to the team's first round (at most HISTORY_PERIODS). */
  readonly periods: readonly RollingScore[];
  /** Between the two newest shown periods, where the comparison may be shown. */
  readonly change?: Change;
  readonly direction: TrendDirection;
  /** Each round's snapshot of the target, for pooling it with other teams' (the organisation's roll-ups). */
  readonly snapshots: readonly RoundSnapshot[];
}

/**
 * One target's rounds (its statistics, people and statements per week, each
 * with its round's locked k) turned into the figures a person sees.
 */
export function targetRolling(
  byWeek: ReadonlyMap<PeriodKey, WeekParts>,
  options: ScoreWindowOptions & {
    readonly since: PeriodKey;
    readonly k: (week: PeriodKey) => number;
    readonly comparable: (fromWeek: PeriodKey, toWeek: PeriodKey) => boolean;
  },
): TargetRolling {
  const snapshots: RoundSnapshot[] = [...byWeek].map(([week, part]) => ({
    week,
    respondents: part.respondents,
    k: options.k(week),
    stats: mergeAgreeStats(part.agree),
    statementIds: part.statementIds,
  }));
  const periods = scorePeriods(snapshots, {
    asOf: options.asOf,
    since: options.since,
    limit: HISTORY_PERIODS,
  });
  const trend = periodTrend(periods, options.comparable);
  return {
    rolling: rollingScore(snapshots, weekWindow({ asOf: options.asOf, weeks: options.weeks })),
    periods,
    ...trend,
    snapshots,
  };
}
