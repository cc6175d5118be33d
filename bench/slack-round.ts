import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/database.ts';
import { startBot, type RunningBot } from '../scripts/smoke.ts';
import { freePort } from '../test/support/free-port.ts';
import { runCli } from '../test/support/run-cli.ts';
import { middayZone } from '../test/support/midday-zone.ts';
import { cardOf, signedClick, type PostedCard } from '../test/support/slack-cards.ts';
import { startWorkspaceStandin, type WorkspaceStandin } from '../test/support/slack-workspace-standin.ts';
import { until } from '../test/support/wait-until.ts';

/**
 * A round open on Slack, as the answer-path and memory benches need it: the
 * real `excellence-pulse start` in Slack mode over HTTP, against a loopback
 * stand-in of the workspace's Web API; a team of `people` registered with
 * `excellence-pulse team add`, synced from the channel, and its round due
 * now, so every member's pulse card is posted. The cards' buttons (which
 * carry the tokens the ledger never stores) are read back from the stand-in.
 */
export interface SlackRound {
  readonly bot: RunningBot;
  readonly standin: WorkspaceStandin;
  /**
   * The bench's own connection to the bot's database, for counting and for test-style set-up,
   * opened when asked for. `releaseStore` closes it, so that no connection of the bench's stands
   * beside the bot's while it is measured.
   */
  store(): Promise<Store>;
  releaseStore(): Promise<void>;
  /** Every member's card (the leader's self-rating card left out). */
  readonly cards: readonly PostedCard[];
  /**
   * A signed block_actions click on one button, as Slack sends it, stamped with the current time;
   * its response_url is the stand-in's, or the path under it given as `replyPath`.
   */
  click(
    card: PostedCard,
    button: PostedCard['buttons'][number],
    replyPath?: string,
  ): { body: string; headers: Record<string, string> };
  /** Closes the round now (its closing time moved to now) and waits for the leader's report with its chart. */
  close(): Promise<void>;
  stop(): Promise<void>;
}

const TEAM_ID = 'T0BENCH';
const CHANNEL = 'C0BENCH';
const SIGNING_SECRET = 'b'.repeat(32);
/** The bench polls the bot's progress less often than a test: its own CPU would show in the figures. */
const POLL_MS = 100;

export async function startSlackRound(options: {
  databaseUrl: string;
  people: number;
  log?: (line: string) => void;
  /** More environment for the bot, e.g. NODE_OPTIONS for a profile. */
  botEnv?: Record<string, string>;
}): Promise<SlackRound> {
  const started = performance.now();
  const log = (line: string) =>
    options.log?.(`${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const members = Array.from({ length: options.people }, (_, i) => `U${String(i).padStart(6, '0')}`);
  const leader = members[0] ?? '';
  const schedule = middayZone(new Date());
  const cwd = mkdtempSync(join(tmpdir(), 'pulse-round-'));
  const standin = await startWorkspaceStandin({
    teamId: TEAM_ID,
    channel: CHANNEL,
    members,
    timeZone: schedule.zone,
    ratePerSecond: 2000,
    latencyMs: 5,
  });
  const env = {
    DATABASE_URL: options.databaseUrl,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standin.apiUrl('bot'),
    SLACK_DM_VIA: 'user-id',
    SLACK_POSTS_PER_MINUTE: '10000',
    ENCRYPTION_KEY: 'k'.repeat(43) + '=',
    SCHEDULER_CRON: '* * * * * *',
    ...options.botEnv,
  };
  let bot: RunningBot | undefined;
  let store: Store | undefined;
  const stop = async () => {
    await store?.close();
    await bot?.stop();
    await standin.close();
    rmSync(cwd, { recursive: true, force: true });
  };
  try {
    bot = await startBot(await freePort(), env, cwd);
    log('round: the bot is ready');
    store = await openStore({ url: options.databaseUrl, migrate: false });
    const db = store.db;
    const added = await runCli(
      [
        'team',
        'add',
        '--name',
        'Bench',
        '--channel',
        CHANNEL,
        '--leader',
        leader,
        '--weekday',
        String(schedule.weekday),
      ].concat(['--time', schedule.time, '--tz', schedule.zone]),
      { DATABASE_URL: options.databaseUrl },
      cwd,
    );
    if (added.code !== 0) throw new Error(`team add failed: ${added.stderr}`);
    await until(
      'the member sync',
      120,
      async () =>
        (await db.membership.count({ where: { leftAt: null } })) >= options.people ? true : undefined,
      POLL_MS,
    );
    log('round: the members are synced');
    // Set-up, not the bot's work: everyone works every day, and the schedule's slot is this minute.
    await db.person.updateMany({ data: { workingDays: '1,2,3,4,5,6,7' } });
    await db.schedule.updateMany({ data: { nextRunAt: schedule.startsAt } });
    await until(
      'every pulse card to be posted',
      180,
      async () =>
        standin.posted.filter((post) => post.channel.startsWith('D')).length >= options.people
          ? true
          : undefined,
      POLL_MS,
    );
    log('round: every card is posted');
  } catch (error) {
    await stop();
    throw error;
  }
  const cards = standin.posted
    .filter((post) => post.channel.startsWith('D') && post.channel !== `D${leader.slice(1)}`)
    .map(cardOf)
    .filter((card) => card !== undefined);
  const running = bot;
  // `stop` closes whichever connection is open at the time.
  const ownStore = async (): Promise<Store> => {
    store ??= await openStore({ url: options.databaseUrl, migrate: false });
    return store;
  };
  return {
    bot: running,
    standin,
    store: ownStore,
    releaseStore: async () => {
      await store?.close();
      store = undefined;
    },
    cards,
    click: (card, button, replyPath) =>
      signedClick(card, button, {
        teamId: TEAM_ID,
        signingSecret: SIGNING_SECRET,
        responseUrl: replyPath ? `${standin.responseUrl}/${replyPath}` : standin.responseUrl,
      }),
    close: async () => {
      const db = (await ownStore()).db;
      const now = new Date();
      await db.round.updateMany({ where: { status: 'open' }, data: { closesAt: now } });
      await db.job.updateMany({ where: { kind: 'close-round' }, data: { runAt: now } });
      await until(
        'the round to close and the leader report to be shared',
        120,
        async () =>
          standin.uploads > 0 &&
          (await db.job.count({ where: { kind: 'leader-report', status: 'done' } })) > 0
            ? true
            : undefined,
        POLL_MS,
      );
    },
    stop,
  };
}
