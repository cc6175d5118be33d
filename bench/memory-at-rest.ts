import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerOnePulse, startBot, type RunningBot } from '../scripts/smoke.ts';
import { childrenRssMb, sampleProcess } from './proc.ts';
import { startSlackRound } from './slack-round.ts';
import { startSlackStandin } from './slack-standin.ts';

/**
 * Memory at rest: the resident set (VmRSS) of a real `excellence-pulse
 * start` process, run as `npm start` runs it (with the allocator and V8
 * settings it gives itself, `bin/at-rest.js`), settled after start-up (and,
 * in local mode, one pulse sent and answered through the playground's
 * routes). Goal: < 150 MB per mode.
 * The figure moves by ±20 MB from run to run with when V8 last collected
 * garbage, so it is measured `runs` times: the median, and every run.
 */
export async function runMemoryAtRestBench(
  mode: 'local' | 'slack',
  runs = 3,
): Promise<Record<string, number | string>> {
  const samples: { readyMs: number; rssMb: number }[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measureOnce(mode));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    runs,
    readyMsMedian: median(samples.map((sample) => sample.readyMs)),
    rssMbMedian: median(samples.map((sample) => sample.rssMb)),
    rssMbAll: samples.map((sample) => sample.rssMb).join(' '),
  };
}

async function measureOnce(mode: 'local' | 'slack'): Promise<{ readyMs: number; rssMb: number }> {
  const cwd = mkdtempSync(join(tmpdir(), 'pulse-memory-'));
  const standin = mode === 'slack' ? await startSlackStandin({ ratePerSecond: 1000 }) : undefined;
  const env: Record<string, string> = { DATABASE_URL: 'file:./data/pulse.db' };
  if (standin) {
    Object.assign(env, {
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
      SLACK_API_URL: `${standin.url}/api/`,
      ENCRYPTION_KEY: 'k'.repeat(43) + '=',
    });
  }
  const started = performance.now();
  let bot: RunningBot | undefined;
  try {
    bot = await startBot(3990, env, cwd);
    const readyMs = performance.now() - started;
    if (mode === 'local') await answerOnePulse(bot.url);
    await settle();
    return { readyMs: Math.round(readyMs), rssMb: sampleProcess(bot.child.pid ?? 0).rssMb };
  } finally {
    await bot?.stop();
    await standin?.close();
    rmSync(cwd, { recursive: true, force: true });
  }
}

/**
 * Slack mode after a round has run: a team of 12 on Slack over HTTP, every
 * member's card answered by signed clicks, the round closed and the leader's
 * report sent with its chart (the PNG rendered once), then settled; and
 * again once the chart process has ended. Run `runs` times, each on a fresh
 * database from `databaseUrl()`: the medians, and every run.
 */
export async function runMemoryAfterRoundBench(
  databaseUrl: () => string,
  runs = 3,
  /** More environment for the bot, e.g. NODE_OPTIONS to see where its memory goes. */
  botEnv?: Record<string, string>,
): Promise<Record<string, number | string>> {
  const samples: Record<string, number>[] = [];
  for (let run = 0; run < runs; run++) samples.push(await afterRoundOnce(databaseUrl(), botEnv));
  const median = (key: string) =>
    samples.map((sample) => sample[key] ?? 0).sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
  const all = (key: string) => samples.map((sample) => sample[key] ?? 0).join(' ');
  return {
    runs,
    people: median('people'),
    answers: median('answers'),
    chartsShared: median('chartsShared'),
    rssMbAfterStartAndCardsMedian: median('rssMbAfterStartAndCards'),
    rssMbMedian: median('rssMb'),
    rssMbAll: all('rssMb'),
    chartProcessRssMbMedian: median('chartProcessRssMb'),
    rssMbAfterChartProcessEndedMedian: median('rssMbAfterChartProcessEnded'),
    rssMbAfterChartProcessEndedAll: all('rssMbAfterChartProcessEnded'),
  };
}

async function afterRoundOnce(
  databaseUrl: string,
  botEnv: Record<string, string> | undefined,
): Promise<Record<string, number>> {
  const round = await startSlackRound({ databaseUrl, people: 12, ...(botEnv ? { botEnv } : {}) });
  try {
    const pid = round.bot.child.pid ?? 0;
    await settle();
    const afterStartMb = sampleProcess(pid).rssMb;
    for (const card of round.cards) {
      for (const button of card.buttons) {
        const { body, headers } = round.click(card, button);
        const response = await fetch(`${round.bot.url}/slack/events`, { method: 'POST', body, headers });
        await response.arrayBuffer();
      }
    }
    await round.close();
    await settle();
    const rssMb = sampleProcess(pid).rssMb;
    // Charts are drawn in a child that ends after a while without charts; until then it holds this much.
    const chartProcessRssMb = childrenRssMb(pid);
    await chartProcessEnded(pid);
    await settle();
    return {
      people: round.cards.length + 1,
      answers: await (await round.store()).db.answer.count(),
      chartsShared: round.standin.uploads,
      rssMbAfterStartAndCards: afterStartMb,
      rssMb,
      chartProcessRssMb,
      rssMbAfterChartProcessEnded: sampleProcess(pid).rssMb,
    };
  } finally {
    await round.stop();
  }
}

/** Waits for the bot's chart process to end by itself (`CHART_IDLE_MS` after its last chart). */
async function chartProcessEnded(pid: number): Promise<void> {
  for (let waited = 0; childrenRssMb(pid) > 0; waited += 1_000) {
    if (waited > 60_000) throw new Error('The chart process was still running a minute after the round.');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Lets start-up and request garbage be collected the way it would be on an idle server. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5_000));
}
