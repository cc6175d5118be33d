import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/**
 * A loopback stand-in of the Slack Web API for the fan-out benchmarks:
 * conversations.open, chat.postMessage and conversations.history (the
 * keyed messages, as a keyed send looks for an earlier try), plus
 * auth.test, each limited
 * workspace-wide by a token bucket of `ratePerSecond` with `burst` tokens.
 * Past the limit it answers like Slack: HTTP 429, `{"ok":false,"error":
 * "ratelimited"}` and a whole-second `Retry-After`. It counts every message
 * per channel, so lost and duplicated DMs show up in `/__stats`, and when
 * each channel's first message landed (`/__landed`). `faults` adds a storm:
 * 429s, 5xx before and after storing, and slow answers.
 *
 * Loopback only (127.0.0.1). Run it in its own process (`node
 * bench/slack-standin.ts --rate 1000`) so its CPU is not billed to the client.
 */
export interface StandinOptions {
  readonly ratePerSecond: number;
  /** Bucket size; default a tenth of a second's worth. */
  readonly burst?: number;
  /** Faults injected into chat.postMessage calls that got past the limit (the storm bench). */
  readonly faults?: Faults;
}

/** Each a share (0–1) of the chat.postMessage calls the limit let through, drawn from a fixed seed. */
export interface Faults {
  /** Answered 429 + Retry-After: 1 although the rate was kept (Slack's limits are not exact). */
  readonly rateLimited?: number;
  /** Answered 500 without storing the message. */
  readonly serverError?: number;
  /** Stored, then answered 503: the sender cannot know the message arrived. */
  readonly storedThenError?: number;
  /** Stored, then answered after `slowMs`. */
  readonly slow?: number;
  readonly slowMs?: number;
}

export interface StandinStats {
  readonly posts: number;
  readonly channels: number;
  readonly duplicates: number;
  readonly opens: number;
  readonly rateLimited: number;
  readonly firstPostAt: number;
  readonly lastPostAt: number;
  readonly serverErrors: number;
  readonly historyLookups: number;
}

/** When each channel's first message was stored, in epoch milliseconds (`/__landed`). */
export type Landed = Record<string, number>;

export interface Standin {
  readonly url: string;
  stats(): StandinStats;
  landed(): Landed;
  reset(options: StandinOptions): void;
  close(): Promise<void>;
}

class Bucket {
  private tokens: number;
  private last = performance.now();

  private readonly rate: number;
  private readonly capacity: number;

  constructor(rate: number, capacity: number) {
    this.rate = rate;
    this.capacity = capacity;
    this.tokens = capacity;
  }

  /** 0 when a token was taken, else the seconds Slack would ask to wait (at least 1). */
  take(): number {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - this.tokens) / this.rate));
  }
}

export async function startSlackStandin(initial: StandinOptions): Promise<Standin> {
  let buckets = new Map<string, Bucket>();
  let options = initial;
  let perChannel = new Map<string, number>();
  let landed: Landed = {};
  /** Keyed messages per channel, newest last, for conversations.history (keyed sends look there). */
  let keyed = new Map<string, { ts: string; metadata: string }[]>();
  let counters = emptyCounters();
  let draw = seeded(1);
  let ts = 0;

  const bucket = (method: string): Bucket => {
    let found = buckets.get(method);
    if (!found) {
      found = new Bucket(options.ratePerSecond, options.burst ?? Math.max(1, options.ratePerSecond / 10));
      buckets.set(method, found);
    }
    return found;
  };
  const stats = (): StandinStats => ({ ...counters, channels: perChannel.size });
  const reset = (next: StandinOptions): void => {
    options = next;
    buckets = new Map();
    perChannel = new Map();
    landed = {};
    keyed = new Map();
    counters = emptyCounters();
    draw = seeded(1);
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      response.writeHead(500).end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__stats') return json(response, 200, stats());
    if (url.pathname === '/__landed') return json(response, 200, landed);
    if (url.pathname === '/__reset') {
      reset(JSON.parse(Buffer.concat(chunks).toString('utf8')) as StandinOptions);
      return json(response, 200, { ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, '');
    if (!request.headers.authorization?.startsWith('Bearer xoxb-')) {
      return json(response, 200, { ok: false, error: 'not_authed' });
    }
    const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const wait = method === 'auth.test' ? 0 : bucket(method).take();
    if (wait > 0) {
      counters.rateLimited += 1;
      return json(response, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(wait) });
    }
    switch (method) {
      case 'auth.test':
        return json(response, 200, { ok: true, team_id: 'T0BENCH', user_id: 'U0BOT', bot_id: 'B0BOT' });
      case 'conversations.open': {
        counters.opens += 1;
        const user = params.get('users') ?? '';
        return json(response, 200, { ok: true, channel: { id: `D${user.slice(1)}` } });
      }
      case 'conversations.history': {
        counters.historyLookups += 1;
        const messages = [...(keyed.get(params.get('channel') ?? '') ?? [])]
          .reverse()
          .slice(0, Number(params.get('limit') ?? 100))
          .map((message) => ({ type: 'message', ts: message.ts, metadata: JSON.parse(message.metadata) }));
        return json(response, 200, { ok: true, messages, has_more: false });
      }
      case 'chat.postMessage': {
        const given = params.get('channel') ?? '';
        if (!given || !params.get('text')) return json(response, 200, { ok: false, error: 'no_text' });
        const faults = options.faults ?? {};
        const fault = draw();
        let share = faults.rateLimited ?? 0;
        if (fault < share) {
          counters.rateLimited += 1;
          return json(response, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
        }
        share += faults.serverError ?? 0;
        if (fault < share) {
          counters.serverErrors += 1;
          return json(response, 500, { ok: false, error: 'internal_error' });
        }
        const channel = given.startsWith('U') ? `D${given.slice(1)}` : given;
        const seen = perChannel.get(channel) ?? 0;
        if (seen > 0) counters.duplicates += 1;
        perChannel.set(channel, seen + 1);
        counters.posts += 1;
        const now = performance.now();
        if (counters.firstPostAt === 0) counters.firstPostAt = now;
        counters.lastPostAt = now;
        landed[channel] ??= performance.timeOrigin + now;
        ts += 1;
        const at = `1700000000.${String(ts).padStart(6, '0')}`;
        const metadata = params.get('metadata');
        if (metadata) keyed.set(channel, [...(keyed.get(channel) ?? []), { ts: at, metadata }]);
        share += faults.storedThenError ?? 0;
        if (fault < share) {
          counters.serverErrors += 1;
          return json(response, 503, { ok: false, error: 'service_unavailable' });
        }
        share += faults.slow ?? 0;
        if (fault < share) await new Promise((resolve) => setTimeout(resolve, faults.slowMs ?? 3000));
        return json(response, 200, {
          ok: true,
          channel,
          ts: at,
          message: { type: 'message', ts: at, bot_id: 'B0BOT' },
        });
      }
      default:
        return json(response, 200, { ok: false, error: 'unknown_method' });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    landed: () => landed,
    reset,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function emptyCounters() {
  return {
    posts: 0,
    duplicates: 0,
    opens: 0,
    rateLimited: 0,
    firstPostAt: 0,
    lastPostAt: 0,
    serverErrors: 0,
    historyLookups: 0,
  };
}

/** A small seeded generator (mulberry32): the same faults on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

// As its own process: prints {"url": …} once listening, then serves until killed.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rate = Number(process.argv[process.argv.indexOf('--rate') + 1] ?? 1000);
  const standin = await startSlackStandin({ ratePerSecond: Number.isFinite(rate) ? rate : 1000 });
  process.stdout.write(`${JSON.stringify({ url: standin.url })}\n`);
  process.on('SIGTERM', () => {
    void standin.close().then(() => process.exit(0));
  });
}
