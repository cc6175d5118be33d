import { shiftPeriod, type PeriodKey } from './periods.ts';
import { summarizeAgree, type AgreeSummary } from './scores.ts';
import { mergeAgreeStats, type AgreeStats } from './stats.ts';
import { inWindow, weekWindow, type WeekWindow } from './week-window.ts';

/** What one closed round published about one target: its people, its locked k, its answers. */
export interface GatedSnapshot {
  /** The round's ISO week (`2026-W05`). */
  readonly week: PeriodKey;
  /** Distinct people behind the figure in that round. */
  readonly respondents: number;
  /** The k locked into that round. */
  readonly k: number;
  readonly stats: AgreeStats;
}

/** A round's snapshot of one target, with the statements it was asked through. */
export interface RoundSnapshot extends GatedSnapshot {
  readonly statementIds: readonly string[];
}

/**
 * Why a pooled figure has no score: nothing in its window asked the target,
 * or everything that did stood on fewer people than its round's k.
 */
export type RollingStatus = 'shown' | 'hidden' | 'not_asked';

/** A score pooled over a window of weeks, with what stands behind it. */
export interface RollingScore {
  readonly window: WeekWindow;
  readonly status: RollingStatus;
  /** Null unless shown. */
  readonly summary: AgreeSummary | null;
  /** The visible snapshots' statistics merged, for roll-ups; never shown on their own. */
  readonly stats: AgreeStats;
  /** Answers behind the score: the sum over the visible snapshots. */
  readonly n: number;
  readonly rounds: number;
  /** Distinct statements asked in those rounds. */
  readonly statements: number;
  /** The weeks of the rounds pooled, oldest first. */
  readonly weeks: readonly PeriodKey[];
  /** The fewest people behind any one pooled round (0 when none): each is at least its round's k. */
  readonly fewestRespondents: number;
}

/** A snapshot counts only where the round itself could show it: at or above its own k, with answers. */
export function isVisible(snapshot: GatedSnapshot): boolean {
  return snapshot.respondents >= snapshot.k && snapshot.stats.count > 0;
}

/** The snapshots in the window that were themselves visible, oldest first. */
export function visibleIn<T extends GatedSnapshot>(snapshots: readonly T[], window: WeekWindow): T[] {
  return snapshots
    .filter((s) => inWindow(window, s.week) && isVisible(s))
    .sort((a, b) => a.week.localeCompare(b.week));
}

/**
 * One target's score over a window: the visible snapshots merged, so each
 * round weighs by its answers (the answer-weighted mean of the rounds'
 * means). A snapshot under its round's k never contributes, however many
 * others there are: pooling must not bring back what a round hid.
 */
export function rollingScore(snapshots: readonly RoundSnapshot[], window: WeekWindow): RollingScore {
  const asked = snapshots.filter((s) => inWindow(window, s.week) && s.respondents > 0);
  const shown = visibleIn(asked, window);
  const stats = mergeAgreeStats(shown.map((s) => s.stats));
  const summary = summarizeAgree(stats);
  return {
    window,
    status: summary ? 'shown' : asked.length > 0 ? 'hidden' : 'not_asked',
    summary,
    stats,
    n: stats.count,
    rounds: shown.length,
    statements: new Set(shown.flatMap((s) => s.statementIds)).size,
    weeks: shown.map((s) => s.week),
    fewestRespondents: shown.length === 0 ? 0 : Math.min(...shown.map((s) => s.respondents)),
  };
}

/** Length of a "scores over time" period in weeks. */
export const PERIOD_WEEKS = 4;

/**
 * Consecutive periods of `length` weeks ending with `asOf`, oldest first,
 * enough to reach back to `since` (the first round's week) and at most
 * `limit` of them; each pooled like the rolling score.
 */
export function scorePeriods(
  snapshots: readonly RoundSnapshot[],
  options: {
    readonly asOf: PeriodKey;
    readonly since: PeriodKey;
    readonly limit: number;
    readonly length?: number;
  },
): RollingScore[] {
  const length = options.length ?? PERIOD_WEEKS;
  const periods: RollingScore[] = [];
  let window = weekWindow({ asOf: options.asOf, weeks: length });
  while (periods.length < options.limit) {
    periods.unshift(rollingScore(snapshots, window));
    if (window.from <= options.since) break;
    window = weekWindow({ asOf: shiftPeriod(window.from, -1), weeks: length });
  }
  return periods;
}
