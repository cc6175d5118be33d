import {
  enpsPeriod,
  enpsPeriodFigures,
  mergeNpsStats,
  type EnpsPeriodFigure,
  type NpsStats,
} from '../../core/index.ts';
import type { EnpsFigureInput } from '../../messages/index.ts';
import { enpsInput } from './enps-figures.ts';
import { enpsPeriodDisclosure, type TeamRounds } from './org-disclosure.ts';
import { HISTORY_PERIODS } from './target-rolling.ts';

/** One team's eNPS answers in one week's round. */
export interface TeamEnpsWeek {
  readonly teamId: string;
  readonly week: string;
  readonly stats: NpsStats;
}

/**
 * The organisation's eNPS per fixed 4-week period, as the team report has
 * it for a team: every team's answers in the period pooled (each person is
 * asked once per period, so the rounds' people add up), shown when at least
 * k answered across the organisation and the disclosure model finds no
 * combination with the teams' own figures that isolates fewer than k
 * (`enpsPeriodDisclosure`); a period no round asked is "not asked", never
 * hidden. The split into promoters, passives and detractors follows the
 * team report's rule (each group at least k).
 */
export function orgEnpsInput(
  answers: readonly TeamEnpsWeek[],
  teams: readonly TeamRounds[],
  options: { readonly k: number; readonly since: string; readonly asOf: string },
): EnpsFigureInput | undefined {
  const asked = answers.filter((a) => a.stats.count > 0);
  const people = new Map<string, number>();
  for (const a of asked)
    people.set(`${a.teamId} ${a.week}`, (people.get(`${a.teamId} ${a.week}`) ?? 0) + a.stats.count);
  const disclosure = enpsPeriodDisclosure(teams, (teamId, week) => people.get(`${teamId} ${week}`) ?? 0);
  const byPeriod = new Map<number, NpsStats[]>();
  for (const answer of asked) {
    const period = enpsPeriod(answer.week);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), answer.stats]);
  }
  // The organisation's period total as one figure gated at the organisation's k.
  const totals = [...byPeriod].map(([period, stats]) => {
    const merged = mergeNpsStats(stats);
    const week = asked.find((a) => enpsPeriod(a.week) === period)?.week ?? options.asOf;
    return { week, respondents: merged.count, k: options.k, stats: merged };
  });
  const periods = enpsPeriodFigures(totals, {
    since: options.since,
    asOf: options.asOf,
    limit: HISTORY_PERIODS,
  });
  const decided = periods.map((figure): EnpsPeriodFigure => {
    const decision = disclosure.get(String(figure.period));
    if (figure.status !== 'shown' || decision?.visible === true) return figure;
    // Hidden like a team's period: no figure and no count of who answered.
    return { ...figure, status: 'hidden', summary: null, respondents: 0 };
  });
  return enpsInput(decided, null, (figure) => {
    const decision = disclosure.get(String(figure.period));
    return decision?.visible === false ? decision.reason : 'below_k';
  });
}
