import { DateTime } from 'luxon';
import type { Db } from '../../src/store/database.ts';

/** What one statement's answers were in a round: the 1–5 ratings, or 0–10 for eNPS. */
export interface StatementAnswers {
  readonly statementId: string;
  readonly target: { readonly kind: string; readonly key: string };
  readonly values: readonly number[];
}

/**
 * A closed round as the close writes it, without running the engine: the
 * round, every member invited (so comparisons between rounds are allowed),
 * and the snapshots per statement and per target. `respondents` is the most
 * answers any statement had.
 */
export async function closedRoundWith(
  db: Db,
  round: {
    readonly teamId: string;
    readonly number: number;
    readonly week: string;
    readonly k: number;
    readonly invited: readonly string[];
    readonly answers: readonly StatementAnswers[];
  },
): Promise<void> {
  const monday = DateTime.fromISO(`${round.week}-1T09:00:00`, { zone: 'UTC' });
  const respondents = Math.max(0, ...round.answers.map((a) => a.values.length));
  const created = await db.round.create({
    data: {
      teamId: round.teamId,
      number: round.number,
      date: monday.toISODate() ?? '',
      week: round.week,
      status: 'closed',
      k: round.k,
      commentK: 10,
      opensAt: monday.toJSDate(),
      closesAt: monday.plus({ days: 3 }).toJSDate(),
      closedAt: monday.plus({ days: 3 }).toJSDate(),
      invited: round.invited.length,
      respondents,
    },
  });
  await db.participation.createMany({
    data: round.invited.map((personId, i) => ({
      roundId: created.id,
      personId,
      sendAt: monday.toJSDate(),
      answered: i < respondents,
    })),
  });
  const snapshot = (answers: StatementAnswers, statementId: string | null) => {
    const nps = answers.target.kind === 'enps';
    const values = answers.values;
    return {
      roundId: created.id,
      teamId: round.teamId,
      week: round.week,
      targetKind: answers.target.kind,
      targetKey: answers.target.key,
      scale: nps ? 'nps11' : 'agree5',
      statementId,
      n: values.length,
      sum: values.reduce((a, b) => a + b, 0),
      sumSq: values.reduce((a, b) => a + b * b, 0),
      favourable: nps ? 0 : values.filter((v) => v >= 4).length,
      promoters: nps ? values.filter((v) => v >= 9).length : 0,
      detractors: nps ? values.filter((v) => v <= 6).length : 0,
      respondents: values.length,
    };
  };
  await db.scoreSnapshot.createMany({
    data: round.answers.flatMap((answers) => [
      snapshot(answers, answers.statementId),
      snapshot(answers, null),
    ]),
  });
}

/** The ISO week `weeksBefore` weeks before `week` ('2026-W48', 3 → '2026-W45'). */
export function weekBefore(week: string, weeksBefore: number): string {
  return DateTime.fromISO(`${week}-1`, { zone: 'UTC' }).minus({ weeks: weeksBefore }).toFormat("kkkk-'W'WW");
}
