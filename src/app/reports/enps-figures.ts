import { enpsPeriod, enpsSplit, type EnpsPeriodFigure } from '../../core/index.ts';
import type { EnpsFigureInput, EnpsPeriodInput } from '../../messages/index.ts';
import type { HiddenReason } from '../../messages/types.ts';
import type { Db } from '../../store/database.ts';
import type { ClosedRound } from '../round-history.ts';

/**
 * The report's eNPS: the latest period with its split (where allowed) and the
 * periods before it. `hiddenBecause` says why a hidden period is hidden
 * (fewer than k, unless the caller knows better).
 */
export function enpsInput(
  periods: readonly EnpsPeriodFigure[],
  self: number | null,
  hiddenBecause: (figure: EnpsPeriodFigure) => HiddenReason = () => 'below_k',
): EnpsFigureInput | undefined {
  const latest = periods.at(-1);
  if (!latest) return undefined;
  const periodInput = (figure: EnpsPeriodFigure): EnpsPeriodInput => {
    const base = { from: figure.from, to: figure.to, n: figure.respondents };
    if (figure.summary) return { ...base, summary: figure.summary };
    return { ...base, hidden: figure.status === 'hidden' ? hiddenBecause(figure) : 'not_asked' };
  };
  return {
    ...periodInput(latest),
    split: enpsSplit(latest),
    ...(self === null ? {} : { self }),
    history: periods.map(periodInput),
  };
}

/**
 * The leader's own eNPS answer in the latest round's period, for the report
 * built for that leader alone. It is their own rating, stored with them, so
 * showing it to them tells them nothing about anyone else; it never enters
 * the team's figure.
 */
export async function leaderOwnEnps(
  db: Db,
  leaderId: string,
  rounds: readonly ClosedRound[],
): Promise<number | null> {
  const latest = rounds.at(-1);
  if (!latest) return null;
  const period = enpsPeriod(latest.week);
  const inPeriod = rounds.filter((round) => enpsPeriod(round.week) === period).map((round) => round.id);
  const rating = await db.leaderRating.findFirst({
    where: { personId: leaderId, statementId: 'enps', roundId: { in: inPeriod }, value: { not: null } },
  });
  return rating?.value ?? null;
}
