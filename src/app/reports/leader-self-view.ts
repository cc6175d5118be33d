import { matchedPerceptionGaps, shiftPeriod, type PerceptionGap } from '../../core/index.ts';
import { isParallelPair, type TargetRef } from '../../model/index.ts';
import type { StatementWeekStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import type { ClosedRound } from '../round-history.ts';

/**
 * A leader's own view beside the team's, for the report built for that
 * leader: elements, traits and today's culture values, each on the statements
 * both sides answered in the same rounds of the window the indicative level
 * uses (the last `windowWeeks` weeks up to the latest round).
 */
export async function leaderSelfView(
  ctx: AppContext,
  leaderId: string,
  rounds: readonly ClosedRound[],
  teamStatements: readonly StatementWeekStats[],
  k: number,
  windowWeeks: number,
): Promise<PerceptionGap[]> {
  const latest = rounds.at(-1);
  if (!latest) return [];
  const from = shiftPeriod(latest.week, -(windowWeeks - 1));
  const inWindow = rounds.filter((round) => round.week >= from);
  const weekOf = new Map(inWindow.map((round) => [round.id, round.week]));
  const ratings = await ctx.db.leaderRating.findMany({
    where: { personId: leaderId, roundId: { in: inWindow.map((round) => round.id) }, value: { not: null } },
  });
  // Agreement statements only: eNPS has its own scale and its own place in the report.
  const parallel = new Set(
    ctx.bank.statements
      .filter((statement) => statement.scale === 'agree5' && isParallelPair(statement))
      .map((statement) => statement.id),
  );
  const weeks = new Set(weekOf.values());
  return matchedPerceptionGaps(
    ratings.flatMap((rating) => {
      const week = weekOf.get(rating.roundId);
      if (week === undefined || rating.value === null) return [];
      const target = { kind: rating.targetKind as TargetRef['kind'], key: rating.targetKey };
      return [{ statementId: rating.statementId, target, week, value: rating.value }];
    }),
    teamStatements
      .filter((figure) => weeks.has(figure.week))
      .map((figure) => ({
        statementId: figure.statementId,
        week: figure.week,
        answered: figure.answered,
        stats: figure.agree,
      })),
    { k, parallel: (statementId) => parallel.has(statementId) },
  );
}
