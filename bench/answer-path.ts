import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sampleProcess } from './proc.ts';
import type { PostedCard } from '../test/support/slack-cards.ts';
import { startSlackRound, type SlackRound } from './slack-round.ts';

/**
 * The answer path under load: signed answer clicks (block_actions, real
 * Slack signatures) sent to the bot's own HTTP receiver at a fixed rate, open
 * loop (a click goes out at its time whether or not earlier ones were
 * answered, so a slow bot shows as latency, not as a lower rate). Latency is
 * from sending the request to reading the acknowledgement, which the bot
 * gives only after the answer is stored. Every click is a different
 * statement of a different card, so each must add exactly one answer. The
 * card's update, which follows the acknowledgement and waits for the clicks
 * still being stored, is timed too: from the click to its arrival at the
 * click's own response_url.
 * Goal (issue 11): p99 < 100 ms at 200 clicks/s; Slack's deadline is 3 s.
 *
 *   node bench/answer-path.ts [--rate 200] [--seconds 30] [--database postgresql://…]
 */
export interface AnswerPathOptions {
  readonly databaseUrl: string;
  readonly ratePerSecond?: number;
  readonly seconds?: number;
  /** Clicks at the same rate before the measured ones, on other cards (JIT, connections, caches). */
  readonly warmupSeconds?: number;
  readonly log?: (line: string) => void;
  readonly botEnv?: Record<string, string>;
}

interface Click {
  readonly card: PostedCard;
  readonly button: PostedCard['buttons'][number];
}

/** Statements on each member's card (the schedule's default `perPerson`). */
const STATEMENTS_PER_CARD = 4;

export async function runAnswerPathBench(options: AnswerPathOptions): Promise<Record<string, number>> {
  const rate = options.ratePerSecond ?? 200;
  const seconds = options.seconds ?? 30;
  const warmupSeconds = options.warmupSeconds ?? 2;
  const log = options.log ?? (() => undefined);
  const warmupCount = Math.round(rate * warmupSeconds);
  const measuredCount = Math.round(rate * seconds);
  // One leader (whose own card is a self-rating, left out) and enough members for one click per statement.
  const people = 1 + Math.ceil((warmupCount + measuredCount) / STATEMENTS_PER_CARD);
  log(`answer path: opening a round for ${people} people…`);
  const setUpStarted = performance.now();
  const round = await startSlackRound({
    databaseUrl: options.databaseUrl,
    people,
    log,
    ...(options.botEnv ? { botEnv: options.botEnv } : {}),
  });
  const setUpSeconds = (performance.now() - setUpStarted) / 1000;
  try {
    const clicks = shuffled(round.cards.flatMap((card) => card.buttons.map((button) => ({ card, button }))));
    if (clicks.length < warmupCount + measuredCount) {
      throw new Error(`only ${clicks.length} answer buttons for ${warmupCount + measuredCount} clicks`);
    }
    await round.releaseStore();
    await send(round, clicks.slice(0, warmupCount), rate);
    log(`answer path: ${measuredCount} clicks at ${rate}/s…`);
    const pid = round.bot.child.pid ?? 0;
    const before = sampleProcess(pid);
    let peakRssMb = before.rssMb;
    const sampler = setInterval(() => {
      peakRssMb = Math.max(peakRssMb, sampleProcess(pid).rssMb);
    }, 250);
    // The bench's own event loop: a late response read here would count as the bot's latency.
    const benchLoop = monitorEventLoopDelay({ resolution: 10 });
    benchLoop.enable();
    const run = await send(round, clicks.slice(warmupCount, warmupCount + measuredCount), rate, 'measured');
    benchLoop.disable();
    clearInterval(sampler);
    const after = sampleProcess(pid);
    const expected = warmupCount + measuredCount;
    // A click the bot did not acknowledge in time is answered by the receiver's deadline and still
    // stored afterwards; count once every answer is in or the number stops changing.
    const drainStarted = performance.now();
    const stored = await settledAnswerCount(round, expected);
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const sorted = [...run.latencies].sort((a, b) => a - b);
    // From sending a click to its card's update arriving at the click's own response_url.
    const cardLags = run.sentAt
      .map((sent, i) => (round.standin.replyTimes.get(`/hooks/response/measured-${i}`) ?? NaN) - sent)
      .filter((lag) => Number.isFinite(lag))
      .sort((a, b) => a - b);
    return {
      people,
      clicksPerSecondAsked: rate,
      clicks: measuredCount,
      setUpSeconds: round2(setUpSeconds),
      seconds: round2(run.seconds),
      achievedPerSecond: round2(run.latencies.length / run.seconds),
      p50Ms: round2(percentile(sorted, 0.5)),
      p99Ms: round2(percentile(sorted, 0.99)),
      maxMs: round2(sorted.at(-1) ?? 0),
      over2500Ms: run.latencies.filter((ms) => ms >= ACK_DEADLINE_MS).length,
      errors: run.errors.length,
      ...Object.fromEntries(countBy(run.errors).map(([reason, count]) => [`errors.${reason}`, count])),
      cardsUpdated: cardLags.length,
      cardUpdateP50Ms: round2(percentile(cardLags, 0.5)),
      cardUpdateP99Ms: round2(percentile(cardLags, 0.99)),
      drainSeconds: round2(drainSeconds),
      answersStored: stored,
      // Warm-up and measured clicks together, each a different statement on a different card.
      answersExpected: expected,
      lost: expected - stored,
      botCpuMsPerClick: round2(((after.cpuSeconds - before.cpuSeconds) * 1000) / measuredCount),
      botPeakRssMb: peakRssMb,
      benchLoopDelayP99Ms: round2(benchLoop.percentile(99) / 1e6),
      benchLoopDelayMaxMs: round2(benchLoop.max / 1e6),
    };
  } finally {
    await round.stop();
  }
}

/** The bot's deadline for a listener's ack (SlackHttpReceiver's default): past it, the receiver answers 200 itself. */
const ACK_DEADLINE_MS = 2500;

/**
 * How long the count must stand still before the rest are counted as lost. A bot far behind
 * works through its backlog statement by statement across all waiting clicks (its connection
 * pool serves them in turn), so for seconds no answer may land while none is lost.
 */
const SETTLED_MS = 10_000;

async function settledAnswerCount(round: SlackRound, expected: number): Promise<number> {
  let last = -1;
  let stableSince = performance.now();
  const deadline = performance.now() + 120_000;
  for (;;) {
    const count = await (await round.store()).db.answer.count();
    if (count >= expected) return count;
    if (count !== last) {
      last = count;
      stableSince = performance.now();
    } else if (performance.now() - stableSince >= SETTLED_MS || performance.now() > deadline) {
      return count;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts];
}

/**
 * Sends `clicks` open loop at `rate` per second; each latency is request to acknowledgement.
 * With a `label`, click i's response_url is the stand-in's path `label-i`, and `sentAt[i]` its sending time.
 */
async function send(round: SlackRound, clicks: readonly Click[], rate: number, label?: string) {
  const latencies: number[] = [];
  const sentAt: number[] = [];
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < clicks.length; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { card, button } = clicks[i]!;
    const { body, headers } = round.click(card, button, label ? `${label}-${i}` : undefined);
    const sent = performance.now();
    sentAt.push(sent);
    pending.push(
      fetch(`${round.bot.url}/slack/events`, { method: 'POST', body, headers }).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status === 200) latencies.push(performance.now() - sent);
          else errors.push(`http${response.status}`);
        },
        (error: unknown) => {
          const cause = (error as { cause?: { code?: string } }).cause;
          errors.push(cause?.code ?? (error instanceof Error ? error.name : 'unknown'));
        },
      ),
    );
  }
  await Promise.all(pending);
  return { latencies, errors, sentAt, seconds: (performance.now() - started) / 1000 };
}

/** The clicks in an order that is the same on every run but mixes people and statements. */
function shuffled(clicks: Click[]): Click[] {
  let seed = 1;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = clicks.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [clicks[i], clicks[j]] = [clicks[j]!, clicks[i]!];
  }
  return clicks;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'pulse-answers-'));
  try {
    const figures = await runAnswerPathBench({
      databaseUrl: argument('database') ?? `file:${join(dir, 'pulse.db')}`,
      ratePerSecond: Number(argument('rate') ?? 200),
      seconds: Number(argument('seconds') ?? 30),
      log: (line) => console.log(line),
      ...(argument('profile')
        ? { botEnv: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${argument('profile')}` } }
        : {}),
    });
    console.table(figures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
