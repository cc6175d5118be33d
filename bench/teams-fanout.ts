import { spawn, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clientCredentialsTokens } from '../adapters/teams/auth/client-credentials.ts';
import { BotConnector } from '../adapters/teams/connector/bot-connector.ts';
import { ConnectorSender } from '../adapters/teams/connector/connector-sender.ts';
import { referenceData } from '../adapters/teams/platform/teams-address.ts';
import { TeamsChatPlatform } from '../adapters/teams/platform/teams-chat-platform.ts';
import { systemClock as senderClock } from '../adapters/sending/clock.ts';
import { systemClock } from '../src/app/clock.ts';
import type { PlatformData } from '../src/app/ports.ts';
import { pulseCard } from '../test/slack/fixtures.ts';
import { argument, round } from './slack-fanout.ts';
import type { StandinMessage, TeamsStandinStats } from './teams-standin.ts';

/**
 * The Teams fan-out benchmark: a first pulse round of `people` 1:1 DMs
 * through the adapter's real sending path (TeamsChatPlatform.sendDirect →
 * BotConnector → ConnectorSender) against the loopback Bot Connector of the
 * tests, run in its own process, which keeps Microsoft's published limits:
 * 50 requests a second per app and tenant, 7 a second and 60 in 30 seconds
 * per conversation, 429 with Retry-After and Microsoft's error body past
 * them. Nobody has a stored 1:1 chat yet, so each DM is two requests: create
 * the conversation, then send the card.
 *
 * One tenant allows 50 requests a second, so 10,000 first DMs in one tenant
 * take 400 s; the people are spread over `tenants` tenants (10 by default:
 * 1,000 each, 500 requests a second allowed in all), as one bot serving
 * several organisations does, and each tenant's lane is paced on its own.
 * Targets: ≥ 90 % of the allowed rate, no DM lost or duplicated.
 *
 *   node bench/teams-fanout.ts [--people 10000] [--tenants 10]
 */
export interface TeamsFanoutOptions {
  readonly people?: number;
  readonly tenants?: number;
  /** DMs handed to the sender at once (a claimed batch of work); default 500. */
  readonly window?: number;
  readonly log?: (line: string) => void;
}

/** Microsoft's published limit per app and tenant, in requests a second. */
const TENANT_LIMIT = 50;
const CLIENT_ID = '6c0f3a4e-2b1d-4f7a-9e8c-5d2b1a0c9e7f';
const CLIENT_SECRET = 'bench-secret';

interface StandinProcess {
  readonly serviceUrl: string;
  readonly tokenUrl: string;
  ask(message: StandinMessage): Promise<unknown>;
  stop(): void;
}

export async function runTeamsFanoutBench(options: TeamsFanoutOptions = {}): Promise<Record<string, number>> {
  const people = options.people ?? 10_000;
  const tenants = options.tenants ?? 10;
  const window = options.window ?? 500;
  const log = options.log ?? (() => undefined);
  const standin = await startStandinProcess();
  try {
    // Warm-up (JIT, sockets, the token) on other people, then a fresh sender and counting from a mark.
    await fanOut(standin, { people: 20 * tenants, tenants, window, prefix: 'warm' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await standin.ask({ type: 'mark' });
    log(`teams fan-out: ${people} first DMs over ${tenants} tenants, ${TENANT_LIMIT} requests/s each…`);
    const measured = await measure(() => fanOut(standin, { people, tenants, window, prefix: 'p' }));
    const stats = (await standin.ask({ type: 'stats' })) as TeamsStandinStats;
    const allowedPerSecond = TENANT_LIMIT * tenants;
    const requestsPerSecond = stats.accepted / measured.seconds;
    return {
      people,
      tenants,
      allowedRequestsPerSecond: allowedPerSecond,
      seconds: round(measured.seconds, 2),
      requestsAccepted: stats.accepted,
      achievedRequestsPerSecond: round(requestsPerSecond, 1),
      shareOfAllowed: round(requestsPerSecond / allowedPerSecond, 3),
      dmsPerSecond: round(stats.conversations / measured.seconds, 1),
      conversationsCreated: stats.created,
      lost: people - stats.conversations,
      duplicates: stats.duplicates,
      failed: measured.failed,
      rateLimited429: stats.rateLimited,
      cpuMsPerDm: round(measured.cpuMs / people, 3),
      peakRssMb: round(measured.peakRss / 1024 / 1024, 1),
      benchLoopDelayP99Ms: round(measured.loopDelayP99Ms, 1),
    };
  } finally {
    standin.stop();
  }
}

/** A round's DMs through one sender, as the job runner hands them over: `window` at a time. */
async function fanOut(
  standin: StandinProcess,
  run: { people: number; tenants: number; window: number; prefix: string },
): Promise<number> {
  const sender = new ConnectorSender({ clock: senderClock });
  const connector = new BotConnector({
    tokens: clientCredentialsTokens({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: standin.tokenUrl,
      clock: systemClock,
    }),
    sender,
    clock: senderClock,
  });
  const chats = new Map<string, PlatformData>();
  const platform = new TeamsChatPlatform({
    connector,
    botId: `28:${CLIENT_ID}`,
    // Organisation `org-<n>` is tenant `tenant-<n>`.
    tenantOf: async (organizationId) => ({
      tenantId: organizationId.replace('org-', 'tenant-'),
      serviceUrl: standin.serviceUrl,
    }),
    rememberConversation: async (person, reference) => {
      chats.set(person.platformUserId, referenceData(reference));
    },
    chartPng: async () => undefined,
  });
  const card = pulseCard('en');
  let next = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    while (next < run.people) {
      const person = next;
      next += 1;
      try {
        await platform.sendDirect(
          { organizationId: `org-${person % run.tenants}`, platformUserId: `29:${run.prefix}-${person}` },
          card,
        );
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(run.window, run.people) }, worker));
  sender.close();
  return failed;
}

async function measure(run: () => Promise<number>) {
  // How late the sender's own timers ran: on a loaded machine its pacing waits run long.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const failed = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  loopDelay.disable();
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const loopDelayP99Ms = loopDelay.percentile(99) / 1e6;
  return { seconds, failed, cpuMs: (used.user + used.system) / 1000, peakRss, loopDelayP99Ms };
}

async function startStandinProcess(): Promise<StandinProcess> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('./teams-standin.ts', import.meta.url)),
      '--client-id',
      CLIENT_ID,
      '--client-secret',
      CLIENT_SECRET,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const urls = await new Promise<{ serviceUrl: string; tokenUrl: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the Teams stand-in exited (${code})`)));
    lines.once('line', (line) => resolve(JSON.parse(line) as { serviceUrl: string; tokenUrl: string }));
  });
  return {
    ...urls,
    ask: (message) =>
      new Promise((resolve) => {
        child.once('message', (answer: { stats?: TeamsStandinStats }) => resolve(answer.stats));
        child.send(message);
      }),
    stop: () => {
      lines.close();
      child.disconnect();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const people = argument('people');
  const tenants = argument('tenants');
  const figures = await runTeamsFanoutBench({
    ...(people === undefined ? {} : { people }),
    ...(tenants === undefined ? {} : { tenants }),
    log: (line) => console.log(line),
  });
  console.table(figures);
  const met = (figures.shareOfAllowed ?? 0) >= 0.9 && figures.lost === 0 && figures.duplicates === 0;
  console.log(met ? 'Teams fan-out targets met.' : 'Teams fan-out targets MISSED.');
  if (!met) process.exitCode = 1;
}
