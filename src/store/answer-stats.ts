import type { AgreeStats, NpsStats } from '../core/index.ts';
import type { Db } from './database.ts';
import { Prisma } from './generated/sqlite/client.ts';

/**
 * Aggregates are computed in SQL as sufficient statistics (count, sum, sum of
 * squares, favourable count) so that a million answers never travel to Node;
 * src/core finishes the maths. The SQL is plain and runs on SQLite and
 * PostgreSQL alike.
 */
type Num = number | bigint | string | null;

const n = (value: Num | undefined): number => (value === null || value === undefined ? 0 : Number(value));

export interface StatementWeekStats {
  readonly statementId: string;
  readonly week: string;
  readonly agree: AgreeStats;
  readonly nps: NpsStats;
  /** Rows incl. "don't know": the people who answered this statement that week. */
  readonly answered: number;
}

/** One team's answers per statement and week: what a team report is built from. */
export async function teamStatementStats(db: Db, teamId: string): Promise<StatementWeekStats[]> {
  const rows = await db.$queryRaw<Record<string, Num>[]>`
    SELECT "statementId", "week", "scale",
            COUNT("value") AS n, SUM("value") AS s, SUM("value" * "value") AS ss,
            SUM(CASE WHEN "value" >= 4 THEN 1 ELSE 0 END) AS fav,
            SUM(CASE WHEN "value" >= 9 THEN 1 ELSE 0 END) AS pro,
            SUM(CASE WHEN "value" <= 6 THEN 1 ELSE 0 END) AS det,
            COUNT(*) AS answered
       FROM "Answer" WHERE "teamId" = ${teamId}
      GROUP BY "statementId", "week", "scale"`;
  return rows.map((row) => {
    const isNps = row.scale === 'nps11';
    return {
      statementId: String(row.statementId),
      week: String(row.week),
      agree: isNps
        ? { count: 0, sum: 0, sumOfSquares: 0, favourable: 0 }
        : { count: n(row.n), sum: n(row.s), sumOfSquares: n(row.ss), favourable: n(row.fav) },
      nps: isNps
        ? { count: n(row.n), promoters: n(row.pro), detractors: n(row.det) }
        : { count: 0, promoters: 0, detractors: 0 },
      answered: n(row.answered),
    };
  });
}

export interface TargetWeekStats {
  readonly teamId: string;
  readonly targetKind: string;
  readonly targetKey: string;
  readonly week: string;
  readonly agree: AgreeStats;
  /** A lower bound of distinct respondents: the most answers any one statement got. */
  readonly respondents: number;
}

/**
 * Agreement-scale statistics per team, target and week for many teams at
 * once (the organisation view and the benchmark). Respondents are bounded
 * from below by the busiest statement, as each person answers a statement
 * at most once a round.
 */
export async function targetWeekStats(
  db: Db,
  options: { targetKind?: string } = {},
): Promise<TargetWeekStats[]> {
  const kindFilter = options.targetKind ? Prisma.sql`AND "targetKind" = ${options.targetKind}` : Prisma.empty;
  const rows = await db.$queryRaw<Record<string, Num>[]>`
    SELECT "teamId", "targetKind", "targetKey", "week",
            SUM(n) AS n, SUM(s) AS s, SUM(ss) AS ss, SUM(fav) AS fav, MAX(answered) AS respondents
       FROM (SELECT "teamId", "targetKind", "targetKey", "week", "statementId",
                    COUNT("value") AS n, SUM("value") AS s, SUM("value" * "value") AS ss,
                    SUM(CASE WHEN "value" >= 4 THEN 1 ELSE 0 END) AS fav, COUNT(*) AS answered
               FROM "Answer" WHERE "scale" = 'agree5' ${kindFilter}
              GROUP BY "teamId", "targetKind", "targetKey", "week", "statementId") per_statement
      GROUP BY "teamId", "targetKind", "targetKey", "week"`;
  return rows.map((row) => ({
    teamId: String(row.teamId),
    targetKind: String(row.targetKind),
    targetKey: String(row.targetKey),
    week: String(row.week),
    agree: { count: n(row.n), sum: n(row.s), sumOfSquares: n(row.ss), favourable: n(row.fav) },
    respondents: n(row.respondents),
  }));
}
