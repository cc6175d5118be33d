import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { finished, runCli, startCli, type Finished } from '../support/run-cli.ts';
import { startWorkspaceStandin, type WorkspaceStandin } from '../support/slack-workspace-standin.ts';

/**
 * Two bot processes on one PostgreSQL database, driven through a stand-in of
 * Slack's Web API, run a round for 300 people: each gets exactly one DM; and
 * when one replica is killed (SIGKILL) in the middle of the fan-out, the
 * other finishes it with nobody left out and no more repeats than the
 * messages that were in flight.
 */
const PEOPLE = 300;
const CHANNEL = 'C0PULSE';
/** The runner's concurrency: at most this many sends of one replica are in flight at once. */
const RUNNER_CONCURRENCY = 16;
const MEMBERS = Array.from({ length: PEOPLE }, (_, i) => `U${String(i).padStart(5, '0')}`);
const LEADER = MEMBERS[0] ?? '';

const adminUrl = inject('postgresUrl');
const cwd = mkdtempSync(join(tmpdir(), 'pulse-replicas-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

if (!adminUrl) {
  console.warn('!! PostgreSQL server binaries not found: the several-replicas test is SKIPPED.');
}

/**
 * A zone where it is around midday now, whatever the date and hour the test
 * runs at (faketime included), so the round's first DMs fall inside working
 * hours at once. Etc/GMT-N is N hours ahead of UTC.
 */
function middayZone(now: Date): { zone: string; weekday: number; time: string; startsAt: Date } {
  const ahead = 12 - now.getUTCHours(); // -11 … 12
  const zone = ahead === 0 ? 'Etc/UTC' : `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead)}`;
  const local = new Date(now.getTime() + ahead * 3_600_000);
  const weekday = ((local.getUTCDay() + 6) % 7) + 1;
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  // The slot starts at this minute, local: a moment already past, so the round is due.
  const startsAt = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return { zone, weekday, time, startsAt };
}

async function until<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
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

interface Replica {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<Finished>;
}

interface RoundRun {
  readonly standin: WorkspaceStandin;
  readonly db: pg.Client;
  readonly replicas: readonly Replica[];
  stop(): Promise<void>;
}

/** Two replicas on one fresh database, a team of 300 synced from Slack, and its round due now. */
async function startRound(): Promise<RoundRun> {
  const schedule = middayZone(new Date());
  const url = await freshDatabase();
  const standin = await startWorkspaceStandin({
    teamId: 'T0ACME',
    channel: CHANNEL,
    members: MEMBERS,
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
  try {
    for (const name of ['r1', 'r2']) {
      const port = await freePort();
      const child = startCli(
        ['start'],
        {
          ...env,
          PORT: String(port),
          SLACK_BOT_TOKEN: 'xoxb-replicas-test',
          SLACK_SIGNING_SECRET: 'a'.repeat(32),
          SLACK_API_URL: standin.apiUrl(name),
          SLACK_DM_VIA: 'user-id',
          SLACK_POSTS_PER_MINUTE: '10000',
          ENCRYPTION_KEY: 'k'.repeat(43) + '=',
          SCHEDULER_CRON: '* * * * * *',
        },
        cwd,
      );
      replicas.push({ name, child, exited: finished(child) });
      await until(`${name} to be ready`, 30, async () => {
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (response) => response.status === 200,
          () => false,
        );
        return ready ? true : undefined;
      });
    }
    const added = await runCli(
      [
        'team',
        'add',
        '--name',
        'Support',
        '--channel',
        CHANNEL,
        '--leader',
        LEADER,
        '--weekday',
        String(schedule.weekday),
        '--time',
        schedule.time,
        '--tz',
        schedule.zone,
      ],
      env,
      cwd,
    );
    expect(added.stderr).toBe('');
    // The replicas' member sync brings in the channel's 300 people.
    await until('the member sync', 30, async () => {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Membership" WHERE "leftAt" IS NULL`,
      );
      return Number(rows[0]?.n) >= PEOPLE ? true : undefined;
    });
    // Test setup, not the bot's work: everyone works every day (so the round's
    // DMs are due now on any weekday the test runs), and the schedule's next
    // slot is this minute rather than next week's.
    await db.query(`UPDATE "Person" SET "workingDays" = '1,2,3,4,5,6,7'`);
    await db.query(`UPDATE "Schedule" SET "nextRunAt" = $1`, [schedule.startsAt]);
    return { standin, db, replicas, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function jobCounts(db: pg.Client, kind: string): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; n: string }>(
    `SELECT status, count(*) AS n FROM "Job" WHERE kind = $1 GROUP BY status`,
    [kind],
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

/** How many first DMs each person got, by their DM channel. */
function dmsPerPerson(standin: WorkspaceStandin): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of standin.posted) counts.set(post.channel, (counts.get(post.channel) ?? 0) + 1);
  return counts;
}

async function allSent(run: RoundRun): Promise<void> {
  await until('every first DM to be sent', 40, async () => {
    const counts = await jobCounts(run.db, 'pulse-dm');
    return counts.done === PEOPLE ? true : undefined;
  });
}

describe.skipIf(!adminUrl)('several replicas on one PostgreSQL database [postgresql]', () => {
  it(
    'two replicas send a round of 300: exactly one first DM to each person, one reminder at most',
    { timeout: 90_000 },
    async () => {
      const run = await startRound();
      try {
        await allSent(run);
        const { rows: rounds } = await run.db.query(`SELECT id FROM "Round"`);
        expect(rounds).toHaveLength(1);
        const counts = dmsPerPerson(run.standin);
        expect(counts.size).toBe(PEOPLE);
        expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
        // Both replicas took part in the fan-out.
        expect(new Set(run.standin.posted.map((post) => post.client))).toEqual(new Set(['r1', 'r2']));
        const { rows } = await run.db.query<{ n: string }>(
          `SELECT count(*) AS n FROM "Participation" WHERE "sentAt" IS NULL`,
        );
        expect(Number(rows[0]?.n)).toBe(0);

        // Reminders, a working day later. Test setup moves time for the ledger
        // instead of waiting a day: all but ten people have answered (no
        // reminder for them), the ten got their card two days ago, and every
        // reminder job is due now. The replicas decide and send.
        await run.db.query(
          `UPDATE "Participation" SET answered = true WHERE id NOT IN (SELECT id FROM "Participation" ORDER BY id LIMIT 10)`,
        );
        await run.db.query(
          `UPDATE "Participation" SET "sentAt" = "sentAt" - interval '2 days' WHERE answered = false`,
        );
        const { rowCount } = await run.db.query(`UPDATE "Job" SET "runAt" = now() WHERE kind = 'reminder'`);
        expect(rowCount).toBe(PEOPLE);
        await until('every reminder job to run', 40, async () => {
          const reminders = await jobCounts(run.db, 'reminder');
          return reminders.done === PEOPLE ? true : undefined;
        });
        const { rows: reminded } = await run.db.query<{ n: string }>(
          `SELECT count(*) AS n FROM "Participation" WHERE "remindedAt" IS NOT NULL`,
        );
        expect(Number(reminded[0]?.n)).toBe(10);
        const after = [...dmsPerPerson(run.standin).values()];
        expect(after.filter((n) => n === 2)).toHaveLength(10);
        expect(after.filter((n) => n === 1)).toHaveLength(PEOPLE - 10);
      } finally {
        await run.stop();
      }
    },
  );

  it(
    'a replica killed mid fan-out: the other finishes, nobody is left out, repeats stay within what was in flight',
    { timeout: 90_000 },
    async () => {
      const run = await startRound();
      try {
        const [victim, survivor] = run.replicas as [Replica, Replica];
        // Kill the first replica while it has messages in flight, a third of the way in.
        const inFlightAtKill = await until('the fan-out to be under way', 30, async () =>
          run.standin.posted.length >= PEOPLE / 3 && run.standin.inFlight(victim.name) > 0
            ? run.standin.inFlight(victim.name)
            : undefined,
        );
        victim.child.kill('SIGKILL');
        const sentByVictim = run.standin.posted.filter((post) => post.client === victim.name).length;
        expect((await victim.exited).code).toBeNull();
        expect(sentByVictim).toBeGreaterThan(0);
        expect(sentByVictim).toBeLessThan(PEOPLE);
        // The survivor sends everything that was not claimed. What the dead
        // replica had claimed stays leased to it for LEASE_MS (2 minutes);
        // once the survivor is idle, the only claims left are the dead one's,
        // and the test runs that lease out at once instead of waiting.
        await until('the survivor to finish what it could', 40, async () => {
          const counts = await jobCounts(run.db, 'pulse-dm');
          return counts.pending === undefined && run.standin.inFlight(survivor.name) === 0 ? true : undefined;
        });
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await run.db.query(
          `UPDATE "Job" SET "lockedUntil" = now() - interval '1 minute' WHERE status = 'running'`,
        );
        await allSent(run);
        const counts = dmsPerPerson(run.standin);
        // 0 lost: everyone got their card.
        expect(counts.size).toBe(PEOPLE);
        const repeats = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
        // Repeats only for the sends that were in flight when the replica died.
        expect(repeats).toBeLessThanOrEqual(RUNNER_CONCURRENCY);
        console.info(
          `replica killed with ${inFlightAtKill} posts in flight after ${sentByVictim} of its own; ${repeats} repeated`,
        );
        // No one got a third copy, and only the survivor sent after the kill.
        expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
        const { rows } = await run.db.query<{ n: string }>(
          `SELECT count(*) AS n FROM "Participation" WHERE "sentAt" IS NULL`,
        );
        expect(Number(rows[0]?.n)).toBe(0);
      } finally {
        await run.stop();
      }
    },
  );
});
