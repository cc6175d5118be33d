import { enpsPeriod, enpsPeriodWeeks } from './enps-schedule.ts';
import type { PeriodKey } from './periods.ts';
import type { RollingStatus } from './rolling-score.ts';
import { summarizeNps, type EnpsSummary } from './scores.ts';
import { mergeNpsStats, type NpsStats } from './stats.ts';

/** What one closed round published about eNPS: its people, its locked k, its answers. */
export interface EnpsRound {
  readonly week: PeriodKey;
  readonly respondents: number;
  readonly k: number;
  readonly stats: NpsStats;
}

/** eNPS over one fixed 4-week period, pooled from the rounds of it that were themselves shown. */
export interface EnpsPeriodFigure {
  readonly period: number;
  /** First and last ISO week of the period. */
  readonly from: PeriodKey;
  readonly to: PeriodKey;
  /** `not_asked` when no round of the period asked it, `hidden` when every one that did stood under its k. */
  readonly status: RollingStatus;
  /** Null unless shown. */
  readonly summary: EnpsSummary | null;
  /** The shown rounds' statistics merged; never shown on their own. */
  readonly stats: NpsStats;
  /** People behind the figure: each is asked once per period, so the rounds' people add up. */
  readonly respondents: number;
  /** The strictest k of the rounds pooled (0 when none). */
  readonly k: number;
}

/** Promoters (9–10), passives (7–8) and detractors (0–6) as counts. */
export interface EnpsSplit {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/**
 * The period's eNPS. A round under its own k never contributes, so pooling
 * cannot bring back what a round hid.
 */
export function enpsPeriodFigure(rounds: readonly EnpsRound[], period: number): EnpsPeriodFigure {
  const asked = rounds.filter((r) => enpsPeriod(r.week) === period && r.stats.count > 0);
  const shown = asked.filter((r) => r.respondents >= r.k);
  const stats = mergeNpsStats(shown.map((r) => r.stats));
  const summary = summarizeNps(stats);
  const weeks = enpsPeriodWeeks(period);
  return {
    period,
    from: weeks[0] ?? '',
    to: weeks.at(-1) ?? '',
    status: summary ? 'shown' : asked.length > 0 ? 'hidden' : 'not_asked',
    summary,
    stats,
    respondents: shown.reduce((sum, r) => sum + r.respondents, 0),
    k: Math.max(0, ...shown.map((r) => r.k)),
  };
}

/** The eNPS periods from the one holding `since` to the one holding `asOf`, at most the last `limit`, oldest first. */
export function enpsPeriodFigures(
  rounds: readonly EnpsRound[],
  options: { readonly since: PeriodKey; readonly asOf: PeriodKey; readonly limit: number },
): EnpsPeriodFigure[] {
  const last = enpsPeriod(options.asOf);
  const first = Math.max(enpsPeriod(options.since), last - options.limit + 1);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => enpsPeriodFigure(rounds, first + i));
}

/**
 * Promoters, passives and detractors of a shown period, or null when the
 * split may not be shown. The net score stands on at least k people; a split
 * would also say how many fall in each group, so a group of one or two
 * (or none, which tells everyone's group when the others are full) would
 * point at people. The split is shown only when each of the three groups
 * holds at least k people; otherwise only the net score is shown.
 */
export function enpsSplit(figure: Pick<EnpsPeriodFigure, 'status' | 'stats' | 'k'>): EnpsSplit | null {
  if (figure.status !== 'shown') return null;
  const { count, promoters, detractors } = figure.stats;
  const split = { promoters, passives: count - promoters - detractors, detractors };
  const k = Math.max(figure.k, 1);
  return split.promoters >= k && split.passives >= k && split.detractors >= k ? split : null;
}
