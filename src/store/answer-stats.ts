import type { AgreeStats, NpsStats } from '../core/index.ts';
import type { Db, DbTransaction } from './database.ts';
import type { ReportingReader } from './reporting-reader.ts';
import type { Prisma } from './generated/sqlite/client.ts';

/**
 * Aggregates as sufficient statistics (count, sum, sum of squares,
 * favourable, promoters, detractors): computed in SQL when a round closes
 * and kept as ScoreSnapshot rows, so reports never read answers and src/core
 * finishes the maths. The SQL is plain and runs on SQLite and PostgreSQL.
 */
type Num = number | bigint | string | null | undefined;

const num = (value: Num): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * The snapshot rows of one closed round: one per statement, and one per
 * target (statementId null) whose `respondents` counts distinct people —
 * possible only now, while the answers' owner hashes still exist.
 */
export async function roundSnapshots(
  db: DbTransaction,
  roundId: string,
): Promise<Prisma.ScoreSnapshotCreateManyInput[]> {
  const round = await db.round.findUniqueOrThrow({ where: { id: roundId } });
  const perStatement = await db.$queryRaw<Record<string, Num>[]>`
    SELECT "statementId", "targetKind", "targetKey", "scale",
           COUNT("value") AS n, SUM("value") AS s, SUM("value" * "value") AS ss,
           SUM(CASE WHEN "value" >= 4 THEN 1 ELSE 0 END) AS fav,
           SUM(CASE WHEN "value" >= 9 THEN 1 ELSE 0 END) AS pro,
           SUM(CASE WHEN "value" <= 6 THEN 1 ELSE 0 END) AS det
      FROM "Answer" WHERE "roundId" = ${roundId}
     GROUP BY "statementId", "targetKind", "targetKey", "scale"`;
  const perTarget = await db.$queryRaw<Record<string, Num>[]>`
    SELECT "targetKind", "targetKey", "scale",
           COUNT("value") AS n, SUM("value") AS s, SUM("value" * "value") AS ss,
           SUM(CASE WHEN "value" >= 4 THEN 1 ELSE 0 END) AS fav,
           SUM(CASE WHEN "value" >= 9 THEN 1 ELSE 0 END) AS pro,
           SUM(CASE WHEN "value" <= 6 THEN 1 ELSE 0 END) AS det,
           COUNT(DISTINCT CASE WHEN "value" IS NOT NULL THEN "ownerHash" END) AS people
      FROM "Answer" WHERE "roundId" = ${roundId}
     GROUP BY "targetKind", "targetKey", "scale"`;
  const base = { roundId, teamId: round.teamId, week: round.week };
  const stats = (row: Record<string, Num>) => ({
    targetKind: String(row.targetKind),
    targetKey: String(row.targetKey),
    scale: String(row.scale),
    n: num(row.n),
    sum: num(row.s),
    sumSq: num(row.ss),
    favourable: num(row.fav),
    promoters: num(row.pro),
    detractors: num(row.det),
  });
  return [
    ...perStatement.map((row) => ({
      ...base,
      ...stats(row),
      statementId: String(row.statementId),
      respondents: num(row.n),
    })),
    ...perTarget.map((row) => ({ ...base, ...stats(row), statementId: null, respondents: num(row.people) })),
  ];
}

export interface StatementWeekStats {
  readonly statementId: string;
  readonly week: string;
  readonly agree: AgreeStats;
  readonly nps: NpsStats;
  /** People who gave a scored answer to this statement that week. */
  readonly answered: number;
}

export interface TargetWeekStats {
  readonly teamId: string;
  readonly targetKind: string;
  readonly targetKey: string;
  readonly week: string;
  readonly agree: AgreeStats;
  readonly nps: NpsStats;
  /** Distinct people behind the figure. */
  readonly respondents: number;
}

function agreeOf(row: {
  n: number;
  sum: number;
  sumSq: number;
  favourable: number;
  scale: string;
}): AgreeStats {
  return row.scale === 'agree5'
    ? { count: row.n, sum: row.sum, sumOfSquares: row.sumSq, favourable: row.favourable }
    : { count: 0, sum: 0, sumOfSquares: 0, favourable: 0 };
}

function npsOf(row: { n: number; promoters: number; detractors: number; scale: string }): NpsStats {
  return row.scale === 'nps11'
    ? { count: row.n, promoters: row.promoters, detractors: row.detractors }
    : { count: 0, promoters: 0, detractors: 0 };
}

/** One team's closed rounds per statement and week: what a team report is built from. */
export async function teamStatementStats(db: Db, teamId: string): Promise<StatementWeekStats[]> {
  const rows = await db.scoreSnapshot.findMany({ where: { teamId, statementId: { not: null } } });
  return rows.map((row) => ({
    statementId: row.statementId ?? '',
    week: row.week,
    agree: agreeOf(row),
    nps: npsOf(row),
    answered: row.respondents,
  }));
}

/** One team's closed rounds per target and week, with exact distinct respondents. */
export async function teamTargetStats(db: Db, teamId: string): Promise<TargetWeekStats[]> {
  const rows = await db.scoreSnapshot.findMany({ where: { teamId, statementId: null } });
  return rows.map((row) => ({
    teamId: row.teamId,
    targetKind: row.targetKind,
    targetKey: row.targetKey,
    week: row.week,
    agree: agreeOf(row),
    nps: npsOf(row),
    respondents: row.respondents,
  }));
}

/** One team's agreement figures for one target and week, as the organisation view reads them. */
export interface TeamTargetWeek {
  readonly teamId: string;
  readonly targetKey: string;
  readonly week: string;
  readonly agree: AgreeStats;
  /** Distinct people behind the figure. */
  readonly respondents: number;
}

/**
 * Every team's agreement-scale figures for a kind of target (e.g. all
 * elements) over all weeks, ordered by team, target and week so each series
 * arrives in one piece: the organisation view and the benchmark. Read
 * through the plain reporting connection as arrays, as it can be hundreds of
 * thousands of rows.
 */
export async function organizationAgreeStats(
  reader: ReportingReader,
  targetKind: string,
): Promise<TeamTargetWeek[]> {
  const rows = await reader.rows(
    `SELECT "teamId", "targetKey", "week", "n", "sum", "sumSq", "favourable", "respondents"
       FROM "ScoreSnapshot"
      WHERE "statementId" IS NULL AND "targetKind" = $1 AND "scale" = 'agree5'
      ORDER BY "teamId", "targetKey", "week"`,
    [targetKind],
  );
  return rows.map((row) => ({
    teamId: row[0] as string,
    targetKey: row[1] as string,
    week: row[2] as string,
    agree: {
      count: Number(row[3]),
      sum: Number(row[4]),
      sumOfSquares: Number(row[5]),
      favourable: Number(row[6]),
    },
    respondents: Number(row[7]),
  }));
}
