import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SlackChatPlatform } from '../adapters/slack/platform/slack-chat-platform.ts';
import { renderPulseCard } from '../adapters/slack/render/pulse-card.ts';
import { encodeForm, SlackWebApi } from '../adapters/slack/web-api/slack-web-api.ts';
import type { PulseCard } from '../src/messages/types.ts';
import type { Landed, StandinOptions, StandinStats } from './slack-standin.ts';

/**
 * The Slack fan-out benchmark: a pulse round for `people` DMs through the
 * adapter's rate-limited sender, against a loopback stand-in of the Web API
 * (in its own process, so its CPU is not counted) that allows
 * `allowedPerSecond` requests per method and answers 429 + Retry-After past
 * that. Reported next to a plain sequential chat.postMessage loop on the same
 * stand-in. Targets: ≥ 90 % of the allowed rate, no lost or duplicated DM,
 * < 1 ms CPU per message, < 400 MB RSS.
 *
 *   node bench/slack-fanout.ts [--people 10000] [--rate 1000]
 */
export interface SlackFanoutOptions {
  readonly people?: number;
  /** The stand-in's limit per method, workspace-wide. */
  readonly allowedPerSecond?: number;
  /** DMs handed to the sender at once (a claimed batch of work); default 500. */
  readonly window?: number;
  readonly scenarios?: readonly Scenario[];
  readonly log?: (line: string) => void;
}

export type Scenario = 'sender' | 'adaptive' | 'sequential';

export interface StandinProcess {
  readonly url: string;
  stats(): Promise<StandinStats>;
  landed(): Promise<Landed>;
  reset(options: StandinOptions): Promise<void>;
  stop(): void;
}

export async function runSlackFanoutBench(options: SlackFanoutOptions = {}): Promise<Record<string, number>> {
  const people = options.people ?? 10_000;
  const rate = options.allowedPerSecond ?? 1000;
  const window = options.window ?? 500;
  const scenarios = options.scenarios ?? ['sender', 'adaptive', 'sequential'];
  const log = options.log ?? (() => undefined);
  const standin = await startStandinProcess(rate);
  const figures: Record<string, number> = { people, allowedPerSecond: rate };
  try {
    for (const scenario of scenarios) {
      const run = (count: number) =>
        scenario === 'sequential'
          ? sequentialLoop(standin.url, count)
          : senderRun(standin.url, count, rate, window, scenario);
      // Warm-up (JIT, sockets) on a separate count, then a fresh stand-in bucket for the measured run.
      await standin.reset({ ratePerSecond: rate });
      await run(Math.min(1000, Math.ceil(people / 10)));
      await standin.reset({ ratePerSecond: rate });
      log(`slack fan-out: ${scenario}, ${people} DMs at ${rate}/s allowed…`);
      const measured = await measure(() => run(people));
      const stats = await standin.stats();
      const delivered = stats.channels;
      const achieved = delivered / measured.seconds;
      // What the stand-in allowed over the run: its rate, plus the burst its bucket starts with.
      const allowed = rate * measured.seconds + rate / 10;
      Object.assign(figures, {
        [`${scenario}.seconds`]: round(measured.seconds, 2),
        [`${scenario}.achievedPerSecond`]: round(achieved, 1),
        [`${scenario}.shareOfAllowed`]: round(delivered / allowed, 3),
        [`${scenario}.lost`]: people - delivered,
        [`${scenario}.duplicates`]: stats.duplicates,
        [`${scenario}.failed`]: measured.failed,
        [`${scenario}.rateLimited429`]: stats.rateLimited,
        [`${scenario}.cpuMsPerMessage`]: round(measured.cpuMs / people, 3),
        [`${scenario}.peakRssMb`]: round(measured.peakRss / 1024 / 1024, 1),
      });
    }
  } finally {
    standin.stop();
  }
  return figures;
}

/** Our path: SlackChatPlatform.sendDirect (conversations.open once per person, then chat.postMessage). */
async function senderRun(
  url: string,
  people: number,
  rate: number,
  window: number,
  scenario: Scenario,
): Promise<number> {
  // 'sender' knows the limit; 'adaptive' is configured 50 % too high and has to find it from the 429s.
  const configured = scenario === 'adaptive' ? rate * 1.5 : rate;
  const limit = { perMinute: configured * 60, burst: Math.max(1, rate / 20) };
  const api = new SlackWebApi({
    slackApiUrl: `${url}/api/`,
    limits: { 'chat.postMessage': { ...limit, perChannelIntervalMs: 1000 }, 'conversations.open': limit },
    maxInFlight: 64,
  });
  const platform = new SlackChatPlatform({
    api,
    resolveWorkspace: async () => ({ teamId: 'T0BENCH', botToken: 'xoxb-bench' }),
  });
  const card = benchCard();
  let next = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    while (next < people) {
      const person = next;
      next += 1;
      try {
        await platform.sendDirect({ organizationId: 'org-bench', platformUserId: `U${person}` }, card);
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(window, people) }, worker));
  api.close();
  return failed;
}

/** The baseline: one chat.postMessage after another, sleeping Retry-After on a 429. */
async function sequentialLoop(url: string, people: number): Promise<number> {
  const card = benchCard();
  for (let person = 0; person < people; person += 1) {
    const { text, blocks } = renderPulseCard(card);
    for (;;) {
      const response = await fetch(`${url}/api/chat.postMessage`, {
        method: 'POST',
        headers: { authorization: 'Bearer xoxb-bench', 'content-type': 'application/x-www-form-urlencoded' },
        body: encodeForm({ channel: `U${person}`, text, blocks }),
      });
      if (response.status === 429) {
        await response.arrayBuffer();
        await new Promise((resolve) =>
          setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000),
        );
        continue;
      }
      await response.json();
      break;
    }
  }
  return 0;
}

async function measure(run: () => Promise<number>) {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const failed = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { seconds, failed, cpuMs: (used.user + used.system) / 1000, peakRss };
}

export async function startStandinProcess(rate: number): Promise<StandinProcess> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    [fileURLToPath(new URL('./slack-standin.ts', import.meta.url)), '--rate', String(rate)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the Slack stand-in exited (${code})`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return {
    url,
    stats: async () => (await (await fetch(`${url}/__stats`)).json()) as StandinStats,
    landed: async () => (await (await fetch(`${url}/__landed`)).json()) as Landed,
    reset: async (options) => {
      await (await fetch(`${url}/__reset`, { method: 'POST', body: JSON.stringify(options) })).arrayBuffer();
    },
    stop: () => {
      lines.close();
      child.kill('SIGTERM');
    },
  };
}

/** A realistic pulse card: four statements, one on the 0–10 scale. */
export function benchCard(): PulseCard {
  const agree = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree', "Don't know"].map(
    (label, i) => ({
      value: i < 5 ? i + 1 : null,
      label,
    }),
  );
  const statement = (id: string, text: string) => ({
    statementId: id,
    text,
    scale: 'agree5' as const,
    options: agree,
  });
  return {
    kind: 'pulse-card',
    locale: 'en',
    roundId: 'round-bench',
    token: 'tok_3q9ZrB7xK2mP5vW8yA1cD4fG6hJ0nL',
    title: 'Your pulse for this week',
    intro: 'Four short statements about your team. One tap per answer; you can change it until Friday.',
    items: [
      statement('uc.1', 'We know what our customers expect from us.'),
      statement('lead.2', 'My leader shows the behaviour they ask of us.'),
      statement('mon.3', 'We learn from complaints and compliments.'),
      {
        statementId: 'enps',
        text: 'How likely is it that you would recommend this team as a place to work?',
        scale: 'nps11',
        options: Array.from({ length: 11 }, (_, value) => ({ value, label: String(value) })),
      },
    ],
    progress: { answered: 0, total: 4, label: '0 of 4 answered' },
    privacyLine: 'Your answers are anonymous: nobody, including your leader, can see what you answered.',
    closesLabel: 'Open until Friday 17:00',
    state: 'open',
    labels: {
      addComment: 'Add a comment',
      commentPlaceholder: 'Anything to add?',
      commentSubmit: 'Send',
      recorded: 'Recorded',
    },
  };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function argument(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) ? value : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const people = argument('people');
  const allowedPerSecond = argument('rate');
  const figures = await runSlackFanoutBench({
    ...(people === undefined ? {} : { people }),
    ...(allowedPerSecond === undefined ? {} : { allowedPerSecond }),
    log: (line) => console.log(line),
  });
  console.table(figures);
  const met =
    (figures['sender.shareOfAllowed'] ?? 0) >= 0.9 &&
    figures['sender.lost'] === 0 &&
    figures['sender.duplicates'] === 0 &&
    (figures['sender.cpuMsPerMessage'] ?? Infinity) < 1 &&
    (figures['sender.peakRssMb'] ?? Infinity) < 400;
  console.log(met ? 'Slack fan-out targets met.' : 'Slack fan-out targets MISSED.');
  if (!met) process.exitCode = 1;
}
