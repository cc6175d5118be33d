import { comparisonAllowed, membershipChange } from '../core/index.ts';
import type { Db } from '../store/database.ts';

/** A closed round as reports and their history read it. */
export interface ClosedRound {
  readonly id: string;
  /** ISO week key (2026-W47). */
  readonly week: string;
  readonly opensAt: Date;
  /** When it closed (its planned close for rounds closed before that was recorded). */
  readonly closedAt: Date;
  /** k and comment k as locked when the round opened. */
  readonly k: number;
  readonly commentK: number;
  readonly invited: number;
  readonly respondents: number;
}

/** A team's closed rounds, oldest first, at most `limit` of the newest. */
export async function closedRounds(db: Db, teamId: string, limit = 12): Promise<ClosedRound[]> {
  const rows = await db.round.findMany({
    where: { teamId, status: 'closed' },
    orderBy: { number: 'desc' },
    take: limit,
    select: {
      id: true,
      week: true,
      opensAt: true,
      closesAt: true,
      closedAt: true,
      k: true,
      commentK: true,
      invited: true,
      respondents: true,
    },
  });
  return rows
    .map(({ closesAt, closedAt, ...round }) => ({ ...round, closedAt: closedAt ?? closesAt }))
    .reverse();
}

/** Distinct weeks of the rounds, in order. */
export function roundWeeks(rounds: readonly ClosedRound[]): string[] {
  return [...new Set(rounds.map((round) => round.week))];
}

/**
 * Each week's k as its rounds locked it when they opened (the strictest, if
 * a week had more than one), so a later change of ANONYMITY_MIN_RESPONDENTS
 * never shows an older figure to fewer people than its round promised.
 * Weeks without a round get `fallback`.
 */
export function lockedK(rounds: readonly ClosedRound[], fallback: number): (week: string) => number {
  const byWeek = new Map<string, number>();
  for (const round of rounds) byWeek.set(round.week, Math.max(byWeek.get(round.week) ?? 0, round.k));
  return (week) => byWeek.get(week) ?? fallback;
}

/** Decides whether the figures of two weeks may be compared. */
export type Comparability = (fromWeek: string, toWeek: string) => boolean;

/**
 * Whether two rounds may be compared: if fewer than k people joined or left
 * in between, the difference would be about them, so it is not shown.
 */
export async function comparability(db: Db, rounds: readonly ClosedRound[]): Promise<Comparability> {
  const invited = new Map<string, string[]>();
  const rows = await db.participation.findMany({
    where: { roundId: { in: rounds.map((r) => r.id) } },
    select: { roundId: true, personId: true },
  });
  for (const row of rows) invited.set(row.roundId, [...(invited.get(row.roundId) ?? []), row.personId]);
  const byWeek = new Map(rounds.map((round) => [round.week, round]));
  return (fromWeek, toWeek) => {
    const from = byWeek.get(fromWeek);
    const to = byWeek.get(toWeek);
    if (!from || !to) return false;
    const change = membershipChange(invited.get(from.id) ?? [], invited.get(to.id) ?? []);
    return comparisonAllowed(change, Math.max(from.k, to.k)).allowed;
  };
}
