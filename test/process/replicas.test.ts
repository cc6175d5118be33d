import { afterAll, describe, expect, it } from 'vitest';
import {
  adminUrl,
  CHANNEL,
  countOf,
  dmsPerPerson,
  jobCounts,
  removeReplicaFolder,
  SIGNING_SECRET,
  startRound,
  TEAM_ID,
  type Replica,
  type RoundRun,
} from '../support/replica-round.ts';
import { cardOf, signedClick } from '../support/slack-cards.ts';
import { until } from '../support/wait-until.ts';

/**
 * Two bot processes on one PostgreSQL database, driven through a stand-in of
 * Slack's Web API, run a round for 300 people: each gets exactly one DM, one
 * reminder at most, and one close of each message; the leader one report and
 * the channel one nudge. When one replica is killed (SIGKILL) in the middle
 * of the fan-out, the other finishes it with nobody left out and no more
 * repeats than the messages that were in flight.
 */
const PEOPLE = 300;
/** People who do not answer, so they get a reminder: the first ten members, the leader among them. */
const SILENT = 10;
/** The runner's concurrency: at most this many sends of one replica are in flight at once. */
const RUNNER_CONCURRENCY = 16;

afterAll(removeReplicaFolder);

if (!adminUrl) {
  console.warn('!! PostgreSQL server binaries not found: the several-replicas test is SKIPPED.');
}

async function allSent(run: RoundRun): Promise<void> {
  let counts: Record<string, number> = {};
  await until('every first DM to be sent', 120, async () => {
    counts = await jobCounts(run.db, 'pulse-dm');
    return counts.done === PEOPLE ? true : undefined;
  }).catch((error: unknown) => {
    throw new Error(`${String(error)}; pulse-dm jobs by status: ${JSON.stringify(counts)}`);
  });
}

/** Everyone but the first SILENT members taps one answer on their card, each click to the replicas in turn. */
async function answerByClicks(run: RoundRun): Promise<number> {
  const silent = new Set(run.members.slice(0, SILENT).map((user) => `D${user.slice(1)}`));
  const cards = run.standin.posted
    .filter((post) => post.channel.startsWith('D') && !silent.has(post.channel))
    .map(cardOf)
    .filter((card) => card !== undefined);
  const statuses: number[] = [];
  let next = 0;
  const lane = async () => {
    while (next < cards.length) {
      const index = next++;
      const card = cards[index]!;
      const replica = run.replicas[index % run.replicas.length]!;
      const { body, headers } = signedClick(card, card.buttons[0]!, {
        teamId: TEAM_ID,
        signingSecret: SIGNING_SECRET,
        responseUrl: run.standin.responseUrl,
      });
      const response = await fetch(`${replica.url}/slack/events`, { method: 'POST', body, headers });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  return cards.length;
}

describe.skipIf(!adminUrl)('several replicas on one PostgreSQL database [postgresql]', () => {
  it(
    'two replicas run a round of 300 to its close: one DM each, one reminder at most, each message closed once, one report, one nudge',
    { timeout: 600_000 },
    async () => {
      const run = await startRound(PEOPLE);
      const { db, standin } = run;
      try {
        await allSent(run);
        const { rows: rounds } = await db.query(`SELECT id FROM "Round"`);
        expect(rounds).toHaveLength(1);
        const counts = dmsPerPerson(standin);
        expect(counts.size).toBe(PEOPLE);
        expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
        // Both replicas took part in the fan-out.
        expect(new Set(standin.posted.map((post) => post.client))).toEqual(new Set(['r1', 'r2']));
        expect(await countOf(db, `SELECT count(*) AS n FROM "Participation" WHERE "sentAt" IS NULL`)).toBe(0);

        // People answer on their cards, through both replicas' /slack/events.
        const clicked = await answerByClicks(run);
        expect(clicked).toBe(PEOPLE - SILENT);
        expect(await countOf(db, `SELECT count(*) AS n FROM "Participation" WHERE answered`)).toBe(clicked);

        // Reminders, a working day later. Test setup moves time for the ledger
        // instead of waiting a day: those who did not answer got their card two
        // days ago, and every reminder job is due now. The replicas decide and send.
        await db.query(
          `UPDATE "Participation" SET "sentAt" = "sentAt" - interval '2 days' WHERE answered = false`,
        );
        const { rowCount } = await db.query(`UPDATE "Job" SET "runAt" = $1 WHERE kind = 'reminder'`, [
          new Date(),
        ]);
        expect(rowCount).toBe(PEOPLE);
        await until('every reminder job to run', 120, async () =>
          (await jobCounts(db, 'reminder')).done === PEOPLE ? true : undefined,
        );
        expect(
          await countOf(db, `SELECT count(*) AS n FROM "Participation" WHERE "remindedAt" IS NOT NULL`),
        ).toBe(SILENT);
        const afterReminders = [...dmsPerPerson(standin).values()];
        expect(afterReminders.filter((n) => n === 2)).toHaveLength(SILENT);
        expect(afterReminders.filter((n) => n === 1)).toHaveLength(PEOPLE - SILENT);

        // The close: the round's closing time is moved to now, as the bot would reach it.
        const dms = standin.posted.filter((post) => post.channel.startsWith('D'));
        // A reminder gives the earlier card its new token: one update of each reminded person's card.
        const refreshed = standin.updated.map((update) => update.channel);
        expect(refreshed.sort()).toEqual(run.members.slice(0, SILENT).map((user) => `D${user.slice(1)}`));
        const postedBeforeClose = standin.posted.length;
        const now = new Date();
        await db.query(`UPDATE "Round" SET "closesAt" = $1`, [now]);
        await db.query(`UPDATE "Job" SET "runAt" = $1 WHERE kind = 'close-round'`, [now]);
        // chat.update is Tier 3 (50 a minute per replica): closing 310 messages takes minutes.
        await until('the close and everything after it', 360, async () => {
          const done = (kind: string) => jobCounts(db, kind).then((counts) => counts.done ?? 0);
          return (await done('card-closed')) === PEOPLE &&
            (await done('leader-report')) === 1 &&
            (await done('team-nudge')) === 1
            ? true
            : undefined;
        });
        // Anything either replica still had in hand would arrive within this.
        await new Promise((resolve) => setTimeout(resolve, 2_000));

        // Every card and reminder is updated to its closed state exactly once, and nothing else is.
        const closing = standin.updated.slice(refreshed.length);
        expect(closing.filter((update) => !update.text.includes('This round has closed'))).toEqual([]);
        const closes = new Map<string, number>();
        for (const update of closing) closes.set(update.ts, (closes.get(update.ts) ?? 0) + 1);
        expect(dms).toHaveLength(PEOPLE + SILENT);
        expect([...closes.keys()].sort()).toEqual(dms.map((post) => post.ts).sort());
        expect([...closes.values()].filter((n) => n !== 1)).toEqual([]);
        // After the close: one report to the leader, one nudge in the channel, nothing else.
        const afterClose = standin.posted.slice(postedBeforeClose).map((post) => post.channel);
        expect(afterClose.sort()).toEqual([CHANNEL, `D${run.members[0]!.slice(1)}`].sort());

        // The database: closed once, tokens and links wiped, snapshots written once.
        expect(await countOf(db, `SELECT count(*) AS n FROM "Round" WHERE status = 'closed'`)).toBe(1);
        expect(await jobCounts(db, 'close-round')).toEqual({ done: 1 });
        expect(
          await countOf(
            db,
            `SELECT count(*) AS n FROM "Participation" WHERE "tokenDigest" IS NOT NULL OR "messageRef" IS NOT NULL OR "statementIds" IS NOT NULL`,
          ),
        ).toBe(0);
        expect(await countOf(db, `SELECT count(*) AS n FROM "Answer" WHERE "ownerHash" IS NOT NULL`)).toBe(0);
        expect(await countOf(db, `SELECT count(*) AS n FROM "ScoreSnapshot"`)).toBeGreaterThan(0);
        expect(
          await countOf(
            db,
            `SELECT count(*) AS n FROM (SELECT 1 FROM "ScoreSnapshot" GROUP BY "roundId", week, "statementId", "targetKind", "targetKey" HAVING count(*) > 1) AS twice`,
          ),
        ).toBe(0);
      } finally {
        await run.stop();
      }
    },
  );

  it(
    'a replica killed mid fan-out: the other finishes, nobody is left out, repeats stay within what was in flight',
    { timeout: 300_000 },
    async () => {
      const run = await startRound(PEOPLE);
      try {
        const [victim, survivor] = run.replicas as [Replica, Replica];
        // Kill the first replica while it has messages in flight, a third of the way in.
        const inFlightAtKill = await until('the fan-out to be under way', 120, async () =>
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
        await until('the survivor to finish what it could', 120, async () => {
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
        expect(
          await countOf(run.db, `SELECT count(*) AS n FROM "Participation" WHERE "sentAt" IS NULL`),
        ).toBe(0);
      } finally {
        await run.stop();
      }
    },
  );
});
