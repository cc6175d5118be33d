import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareToPrevious, summarizeAgree, trendSlope, type AgreeSummary } from '../src/core/index.ts';
import { ELEMENT_KEYS } from '../src/model/index.ts';
import { organizationAgreeStats } from '../src/store/answer-stats.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { openReportingReader } from '../src/store/reporting-reader.ts';

export interface ScoresBenchFigures {
  readonly provider: string;
  readonly answers: number;
  readonly teams: number;
  readonly weeks: number;
  readonly cells: number;
  readonly loadSeconds: number;
  /** Writing the round snapshots, as closing does, here for every round at once. */
  readonly rollupSeconds: number;
  readonly querySeconds: number;
  readonly computeSeconds: number;
  /** Query and compute: what a report over the whole organisation and year costs. */
  readonly scoresSeconds: number;
}

const TEAMS = 1_000;
const WEEKS = 52;

function week(expression: string): string {
  return `'2026-W' || (CASE WHEN ${expression} < 10 THEN '0' ELSE '' END) || ${expression}`;
}

/**
 * Generates the data inside the database (a recursive CTE on SQLite,
 * generate_series on PostgreSQL): 1,000 teams with a round every week for 52
 * weeks, and `answers` answers spread over the teams, the nine elements and
 * the weeks, each with its own owner hash as a real round would have.
 */
async function load(store: Store, answers: number): Promise<void> {
  const db = store.db;
  const series = (n: number, body: string) =>
    store.provider === 'postgresql'
      ? `${body.replace('FROM seq', `FROM generate_series(0, ${n - 1}) AS x`)}`
      : `WITH RECURSIVE seq(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM seq WHERE x < ${n - 1}) ${body}`;
  const element = `(CASE (x / ${TEAMS}) % 9 ${ELEMENT_KEYS.map((key, i) => `WHEN ${i} THEN '${key}'`).join(' ')} END)`;
  const weekNumber = `(((x / 9000) % ${WEEKS}) + 1)`;
  await db.organization.create({
    data: { id: 'org', name: 'Bench', platform: 'local', externalId: 'bench' },
  });
  await db.$executeRawUnsafe(
    series(
      TEAMS,
      `INSERT INTO "Team" ("id", "organizationId", "name") SELECT 'team-' || x, 'org', 'Team ' || x FROM seq`,
    ),
  );
  await db.$executeRawUnsafe(
    series(
      TEAMS * WEEKS,
      `INSERT INTO "Round" ("id", "teamId", "number", "date", "week", "status", "k", "commentK", "opensAt", "closesAt")
       SELECT 'round-' || (x % ${TEAMS}) || '-' || ((x / ${TEAMS}) + 1), 'team-' || (x % ${TEAMS}), (x / ${TEAMS}) + 1,
              '2026-01-05', ${week(`((x / ${TEAMS}) + 1)`)}, 'open', 5, 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
         FROM seq`,
    ),
  );
  await db.$executeRawUnsafe(
    series(
      answers,
      `INSERT INTO "Answer" ("id", "roundId", "teamId", "statementId", "targetKind", "targetKey", "scale", "value", "ownerHash")
       SELECT 'a' || x, 'round-' || (x % ${TEAMS}) || '-' || ${weekNumber}, 'team-' || (x % ${TEAMS}),
              ${element} || '-' || (x % 3), 'element', ${element}, 'agree5', 1 + ((x * 7 + x / 13) % 5), 'owner-' || x
         FROM seq`,
    ),
  );
}

/** What closing every round writes: the per-target snapshot with distinct respondents. */
async function rollup(store: Store): Promise<void> {
  await store.db.$executeRawUnsafe(
    `INSERT INTO "ScoreSnapshot" ("id", "roundId", "teamId", "week", "statementId", "targetKind", "targetKey", "scale",
                                  "n", "sum", "sumSq", "favourable", "promoters", "detractors", "respondents")
     SELECT a."roundId" || '/' || a."targetKey", a."roundId", a."teamId", r."week", NULL, a."targetKind", a."targetKey",
            a."scale", COUNT(a."value"), SUM(a."value"), SUM(a."value" * a."value"),
            SUM(CASE WHEN a."value" >= 4 THEN 1 ELSE 0 END), 0, 0,
            COUNT(DISTINCT CASE WHEN a."value" IS NOT NULL THEN a."ownerHash" END)
       FROM "Answer" a JOIN "Round" r ON r."id" = a."roundId"
      GROUP BY a."roundId", a."teamId", r."week", a."targetKind", a."targetKey", a."scale"`,
  );
}

/** Scores, changes and slopes for every team × element × week, as the organisation view computes them. */
async function scores(
  url: string,
  k: number,
): Promise<{ cells: number; querySeconds: number; computeSeconds: number }> {
  const reader = openReportingReader(url);
  try {
    const started = performance.now();
    const rows = await organizationAgreeStats(reader, 'element');
    const queried = performance.now();
    const series = new Map<string, { week: string; summary: AgreeSummary | null }[]>();
    for (const row of rows) {
      const key = `${row.teamId}/${row.targetKey}`;
      const list = series.get(key) ?? [];
      list.push({ week: row.week, summary: row.respondents >= k ? summarizeAgree(row.agree) : null });
      series.set(key, list);
    }
    for (const list of series.values()) {
      list.sort((a, b) => a.week.localeCompare(b.week));
      const [previous, latest] = list.slice(-2);
      if (previous?.summary && latest?.summary) compareToPrevious(latest.summary, previous.summary);
      trendSlope(list.map((point) => point.summary?.score ?? null));
    }
    return {
      cells: rows.length,
      querySeconds: (queried - started) / 1000,
      computeSeconds: (performance.now() - queried) / 1000,
    };
  } finally {
    await reader.close();
  }
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Loads `answers` answers into an empty database at `url` and measures the organisation-wide scores. */
export async function runScoresBench(url: string, answers = 1_000_000, k = 1): Promise<ScoresBenchFigures> {
  const store = await openStore({ url });
  try {
    let since = performance.now();
    await load(store, answers);
    const loadSeconds = seconds(since);
    since = performance.now();
    await rollup(store);
    const rollupSeconds = seconds(since);
    await scores(url, k); // a running bot has warm caches and query plans
    const measured = await scores(url, k);
    return {
      provider: store.provider,
      answers,
      teams: TEAMS,
      weeks: WEEKS,
      cells: measured.cells,
      loadSeconds,
      rollupSeconds,
      querySeconds: measured.querySeconds,
      computeSeconds: measured.computeSeconds,
      scoresSeconds: measured.querySeconds + measured.computeSeconds,
    };
  } finally {
    await store.close();
  }
}

/** A throwaway SQLite file for the bench. */
export function sqliteBenchUrl(): { url: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-bench-'));
  return {
    url: `file:${join(dir, 'bench.db')}`,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
