import { pathToFileURL } from 'node:url';
import { SlackChatPlatform } from '../adapters/slack/platform/slack-chat-platform.ts';
import { TIERS } from '../adapters/slack/web-api/method-limits.ts';
import { SlackWebApi } from '../adapters/slack/web-api/slack-web-api.ts';
import { backoffMs } from '../src/app/jobs/queue.ts';
import { PlatformSendError } from '../src/app/ports.ts';
import { createLogger } from '../src/logging/logger.ts';
import { argument, benchCard, round, startStandinProcess } from './slack-fanout.ts';
import type { Faults } from './slack-standin.ts';

/**
 * The tail of a 429 storm: `people` keyed pulse DMs (as the pulse-dm job
 * sends them) through the Slack adapter's real sender, configured as the bot
 * runs it (Slack's tiers, DMs to user ids), against the loopback stand-in
 * allowing chat.postMessage's documented rate, 300 a minute (5 a second;
 * "several hundred per minute" in Slack's docs, the sender's default). The
 * stand-in injects a storm on top: 429 + Retry-After, 5xx before and after
 * storing the message, and slow answers. DMs are handed to the sender
 * `window` at a time, as the job runner claims them (16 at once); a send the
 * sender gives back is tried again the way the runner would, after its
 * Retry-After or the job back-off, with `triedBefore` so an earlier try is
 * looked up first.
 *
 * Reported: the ideal (people / allowed rate), the seconds until the last DM
 * landed, their ratio (target ≤ 1.2), p50/p99 of each DM's delay from being
 * handed to the sender until Slack stored it, and lost and duplicated DMs
 * (both must be 0).
 *
 *   node bench/slack-storm.ts [--people 2000] [--rate 5]
 */
export interface SlackStormOptions {
  readonly people?: number;
  /** The stand-in's chat.postMessage limit per second, workspace-wide. */
  readonly allowedPerSecond?: number;
  readonly window?: number;
  readonly faults?: Faults;
  readonly log?: (line: string) => void;
}

/** The storm: shares of the chat.postMessage calls the stand-in's limit let through. */
export const STORM: Faults = {
  rateLimited: 0.02,
  serverError: 0.02,
  storedThenError: 0.02,
  slow: 0.03,
  slowMs: 3000,
};

export async function runSlackStormBench(options: SlackStormOptions = {}): Promise<Record<string, number>> {
  const people = options.people ?? 2000;
  const rate = options.allowedPerSecond ?? TIERS.postMessage.perMinute / 60;
  const window = options.window ?? 16;
  const faults = options.faults ?? STORM;
  const log = options.log ?? (() => undefined);
  const standin = await startStandinProcess(rate);
  try {
    // Slack allows short bursts; the stand-in allows one second's worth.
    await standin.reset({ ratePerSecond: rate, burst: rate, faults });
    log(`slack storm: ${people} keyed DMs at ${rate}/s allowed, with 429s, 5xx and slow answers…`);
    const run = await fanOut(standin.url, people, window);
    const [stats, landed] = await Promise.all([standin.stats(), standin.landed()]);
    const delays = run.handedAt
      .map((handed, person) => (landed[`D${person}`] ?? Number.NaN) - handed)
      .filter((delay) => Number.isFinite(delay))
      .sort((a, b) => a - b);
    const last = Math.max(...Object.values(landed));
    const ideal = people / rate;
    const actual = (last - run.startedAt) / 1000;
    return {
      people,
      allowedPerSecond: rate,
      window,
      idealSeconds: round(ideal, 1),
      actualSeconds: round(actual, 1),
      ratio: round(actual / ideal, 3),
      delayP50Ms: Math.round(percentile(delays, 0.5)),
      delayP99Ms: Math.round(percentile(delays, 0.99)),
      delayMaxMs: Math.round(delays.at(-1) ?? Number.NaN),
      lost: people - Object.keys(landed).length,
      duplicates: stats.duplicates,
      failed: run.failed,
      givenBackToQueue: run.givenBack,
      rateLimited429: stats.rateLimited,
      serverErrors5xx: stats.serverErrors,
      historyLookups: stats.historyLookups,
    };
  } finally {
    standin.stop();
  }
}

/** Each person's keyed card through the sender, `window` at a time, retried as the job runner would. */
async function fanOut(url: string, people: number, window: number) {
  const api = new SlackWebApi({ slackApiUrl: `${url}/api/` });
  const platform = new SlackChatPlatform({
    api,
    dmVia: 'user-id',
    resolveWorkspace: async () => ({ teamId: 'T0BENCH', botToken: 'xoxb-bench' }),
    log: createLogger('silent'),
  });
  const card = benchCard();
  const handedAt: number[] = [];
  let next = 0;
  let failed = 0;
  let givenBack = 0;
  const send = async (person: number): Promise<void> => {
    const address = { organizationId: 'org-bench', platformUserId: `U${person}` };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await platform.sendDirect(address, card, { key: `card-${person}`, triedBefore: attempt > 1 });
        return;
      } catch (error) {
        if (!(error instanceof PlatformSendError) || error.permanent || attempt >= 12) {
          failed += 1;
          return;
        }
        givenBack += 1;
        await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs ?? backoffMs(attempt)));
      }
    }
  };
  const startedAt = performance.timeOrigin + performance.now();
  const lane = async (): Promise<void> => {
    while (next < people) {
      const person = next;
      next += 1;
      handedAt[person] = performance.timeOrigin + performance.now();
      await send(person);
    }
  };
  await Promise.all(Array.from({ length: Math.min(window, people) }, lane));
  api.close();
  return { startedAt, handedAt, failed, givenBack };
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const people = argument('people');
  const allowedPerSecond = argument('rate');
  const figures = await runSlackStormBench({
    ...(people === undefined ? {} : { people }),
    ...(allowedPerSecond === undefined ? {} : { allowedPerSecond }),
    log: (line) => console.log(line),
  });
  console.table(figures);
}
