import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, inject } from 'vitest';
import { freePort } from './free-port.ts';
import { middayZone } from './midday-zone.ts';
import { finished, runCli, startCli, type Finished } from './run-cli.ts';
import { startWorkspaceStandin, type WorkspaceStandin } from './slack-workspace-standin.ts';
import { until, untilReady } from './wait-until.ts';

/**
 * Bot replicas (`excellence-pulse start` processes) on one PostgreSQL
 * database, driven through the stand-in of Slack's Web API, with a team of
 * `people` synced from its channel and its round due now. Used by the
 * several-replicas tests in test/process.
 */
export const CHANNEL = 'C0PULSE';
export const TEAM_ID = 'T0ACME';
export const SIGNING_SECRET = 'a'.repeat(32);

export const adminUrl = inject('postgresUrl');

export interface Replica {
  readonly name: string;
  /** Where its HTTP server listens (`/slack/events`, `/readyz`). */
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<Finished>;
}

export interface RoundRun {
  readonly members: readonly string[];
  readonly standin: WorkspaceStandin;
  readonly db: pg.Client;
  readonly replicas: readonly Replica[];
  stop(): Promise<void>;
}

const cwd = mkdtempSync(join(tmpdir(), 'pulse-replicas-'));

/** Removes the replicas' working folder; call once, after the file's last test. */
export function removeReplicaFolder(): void {
  rmSync(cwd, { recursive: true, force: true });
}

async function createDatabase(template?: string): Promise<string> {
  const name = `replicas_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let migrated: string | undefined;

/** A fresh database with the schema: migrated once, then copied (migrating takes seconds). */
async function freshDatabase(): Promise<string> {
  if (!migrated) {
    const url = await createDatabase();
    const result = await runCli(['migrate'], { DATABASE_URL: url }, cwd);
    expect(result.stderr).toBe('');
    migrated = new URL(url).pathname.slice(1);
  }
  return createDatabase(migrated);
}

/** Two replicas on one fresh database, a team of `people` synced from Slack, and its round due now. */
export async function startRound(people: number): Promise<RoundRun> {
  const members = Array.from({ length: people }, (_, i) => `U${String(i).padStart(5, '0')}`);
  const schedule = middayZone(new Date());
  const url = await freshDatabase();
  const standin = await startWorkspaceStandin({
    teamId: TEAM_ID,
    channel: CHANNEL,
    members,
    timeZone: schedule.zone,
    ratePerSecond: 1000,
    latencyMs: 120,
  });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const env = { DATABASE_URL: url };
  const replicas: Replica[] = [];
  const stop = async () => {
    for (const replica of replicas) replica.child.kill('SIGTERM');
    await Promise.all(replicas.map((replica) => replica.exited));
    await db.end();
    await standin.close();
  };
  /** A replica on the same database and stand-in, ready once it answers /readyz. */
  const startReplica = async (name: string): Promise<Replica> => {
    const port = await freePort();
    const child = startCli(
      ['start'],
      {
        ...env,
        PORT: String(port),
        SLACK_BOT_TOKEN: 'xoxb-replicas-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: standin.apiUrl(name),
        SLACK_DM_VIA: 'user-id',
        SLACK_POSTS_PER_MINUTE: '10000',
        ENCRYPTION_KEY: 'k'.repeat(43) + '=',
        SCHEDULER_CRON: '* * * * * *',
      },
      cwd,
    );
    const replica = { name, url: `http://127.0.0.1:${port}`, child, exited: finished(child) };
    replicas.push(replica);
    await untilReady(replica.url);
    return replica;
  };
  try {
    for (const name of ['r1', 'r2']) await startReplica(name);
    const added = await runCli(
      ['team', 'add', '--name', 'Support', '--channel', CHANNEL, '--leader', members[0] ?? ''].concat([
        '--weekday',
        String(schedule.weekday),
        '--time',
        schedule.time,
        '--tz',
        schedule.zone,
      ]),
      env,
      cwd,
    );
    expect(added.stderr).toBe('');
    // The replicas' member sync brings in the channel's people.
    await until('the member sync', 60, async () => {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Membership" WHERE "leftAt" IS NULL`,
      );
      return Number(rows[0]?.n) >= people ? true : undefined;
    });
    // Test setup, not the bot's work: everyone works every day (so the round's
    // DMs are due now on any weekday the test runs), and the schedule's next
    // slot is this minute rather than next week's.
    await db.query(`UPDATE "Person" SET "workingDays" = '1,2,3,4,5,6,7'`);
    await db.query(`UPDATE "Schedule" SET "nextRunAt" = $1`, [schedule.startsAt]);
    return { members, standin, db, replicas, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** How many jobs of a kind are in each status. */
export async function jobCounts(db: pg.Client, kind: string): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; n: string }>(
    `SELECT status, count(*) AS n FROM "Job" WHERE kind = $1 GROUP BY status`,
    [kind],
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

/** A count from the database, as a number. */
export async function countOf(db: pg.Client, sql: string, values: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: string }>(sql, values);
  return Number(rows[0]?.n);
}

/** How many messages each DM channel got, by channel. */
export function dmsPerPerson(standin: WorkspaceStandin): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of standin.posted) {
    if (post.channel.startsWith('D')) counts.set(post.channel, (counts.get(post.channel) ?? 0) + 1);
  }
  return counts;
}
