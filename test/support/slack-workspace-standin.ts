import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in of one Slack workspace's Web API for process tests:
 * auth.test, conversations.members and users.list (cursor paging, as Slack
 * pages them), users.info, conversations.open, chat.postMessage and
 * chat.update, and files.getUploadURLExternal with the upload and
 * files.completeUploadExternal (a report's chart); a click's response_url
 * answers `ok`. Posts and updates are kept in order, so a test can count
 * what each message went through. Each client gets its own base URL (`/r/<client>/api/`), so
 * the requests of each bot replica can be told apart; every call is counted
 * per client, including those still waiting for their answer. Past
 * `ratePerSecond` per method it answers like Slack: HTTP 429, `{"ok":false,
 * "error":"ratelimited"}` and a whole-second Retry-After.
 *
 * A posted message counts the moment the request arrives (Slack posts it
 * before it answers); the answer then waits `latencyMs`, like a real network
 * round trip, which is what leaves messages "in flight" when a bot dies.
 */
/** The app id auth.test names, so a click must carry it as `api_app_id`. */
export const APP_ID = 'A0STANDIN';

export interface WorkspaceOptions {
  readonly teamId: string;
  /** The channel's members, in order; they all share `timeZone`. */
  readonly members: readonly string[];
  readonly channel: string;
  readonly timeZone: string;
  readonly ratePerSecond: number;
  readonly latencyMs: number;
}

export interface Posted {
  readonly client: string;
  readonly channel: string;
  readonly text: string;
  readonly ts: string;
  /** The message's metadata as posted (JSON), if any. */
  readonly metadata?: string;
  /** The message's blocks as posted (JSON), if any: a card's buttons carry its token. */
  readonly blocks?: string;
}

/** A chat.update as it arrived: which message it replaced, and with what text. */
export interface Updated {
  readonly client: string;
  readonly channel: string;
  readonly ts: string;
  readonly text: string;
}

export interface WorkspaceStandin {
  /** The SLACK_API_URL for one client. */
  apiUrl(client: string): string;
  /** Every message posted, in order. */
  readonly posted: readonly Posted[];
  /** Every chat.update, in order. */
  readonly updated: readonly Updated[];
  /** Requests of a client that arrived and are not answered yet. */
  inFlight(client: string): number;
  readonly rateLimited: number;
  /** A click's `response_url` on this stand-in; what is posted there is counted and answered `ok`. */
  readonly responseUrl: string;
  /** How many replies (card updates, ephemeral notes) arrived at `responseUrl` or a path under it. */
  readonly responses: number;
  /** When each reply arrived (`performance.now()`), by the path it was posted to. */
  readonly replyTimes: ReadonlyMap<string, number>;
  /** Files shared (files.completeUploadExternal), e.g. a report's chart. */
  readonly uploads: number;
  close(): Promise<void>;
}

export async function startWorkspaceStandin(options: WorkspaceOptions): Promise<WorkspaceStandin> {
  const posted: Posted[] = [];
  const updated: Updated[] = [];
  const inFlight = new Map<string, number>();
  const windows = new Map<string, { start: number; count: number }>();
  let rateLimited = 0;
  let responses = 0;
  const replyTimes = new Map<string, number>();
  let uploads = 0;
  let base = '';
  let ts = 0;

  const users = options.members.map((id, index) => ({
    id,
    name: `person${index}`,
    real_name: `Person ${index}`,
    tz: options.timeZone,
    locale: 'en-US',
    deleted: false,
    is_bot: false,
    profile: { display_name: `Person ${index}`, real_name: `Person ${index}` },
  }));

  /** Seconds to wait when this call is over the method's budget for the current second, else 0. */
  const overLimit = (method: string): number => {
    const second = Math.floor(performance.now() / 1000);
    const window = windows.get(method);
    if (!window || window.start !== second) {
      windows.set(method, { start: second, count: 1 });
      return 0;
    }
    window.count += 1;
    return window.count > options.ratePerSecond ? 1 : 0;
  };

  const page = <T>(items: readonly T[], params: URLSearchParams) => {
    const start = Number(params.get('cursor') || '0');
    const limit = Math.min(Number(params.get('limit') || '100'), 1000);
    const next = start + limit < items.length ? String(start + limit) : '';
    return { items: items.slice(start, start + limit), meta: { next_cursor: next } };
  };

  async function answer(method: string, params: URLSearchParams, client: string): Promise<[number, unknown]> {
    switch (method) {
      case 'auth.test':
        return [
          200,
          {
            ok: true,
            team_id: options.teamId,
            team: 'Acme',
            user_id: 'U0BOT',
            bot_id: 'B0BOT',
            app_id: APP_ID,
          },
        ];
      case 'conversations.members': {
        if (params.get('channel') !== options.channel)
          return [200, { ok: false, error: 'channel_not_found' }];
        const { items, meta } = page(options.members, params);
        return [200, { ok: true, members: items, response_metadata: meta }];
      }
      case 'users.list': {
        const { items, meta } = page(users, params);
        return [200, { ok: true, members: items, response_metadata: meta }];
      }
      case 'users.info': {
        const user = users.find((u) => u.id === params.get('user'));
        return [200, user ? { ok: true, user } : { ok: false, error: 'user_not_found' }];
      }
      case 'conversations.open':
        return [200, { ok: true, channel: { id: `D${(params.get('users') ?? '').slice(1)}` } }];
      case 'chat.postMessage': {
        const given = params.get('channel') ?? '';
        const text = params.get('text') ?? '';
        if (!given) return [200, { ok: false, error: 'channel_not_found' }];
        if (!text && !params.get('blocks')) return [200, { ok: false, error: 'no_text' }];
        const channel = given.startsWith('U') ? `D${given.slice(1)}` : given;
        ts += 1;
        const at = `1700000000.${String(ts).padStart(6, '0')}`;
        // Stored as it arrives, as Slack does: a sender that dies before the reply still delivered it.
        const metadata = params.get('metadata') ?? undefined;
        const blocks = params.get('blocks') ?? undefined;
        posted.push({
          client,
          channel,
          text,
          ts: at,
          ...(metadata ? { metadata } : {}),
          ...(blocks ? { blocks } : {}),
        });
        await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
        return [200, { ok: true, channel, ts: at, message: { type: 'message', ts: at, text } }];
      }
      case 'conversations.history': {
        // Newest first; metadata only with include_all_metadata, as Slack answers.
        const channel = params.get('channel') ?? '';
        const limit = Number(params.get('limit') ?? 100);
        const withMetadata = params.get('include_all_metadata') === 'true';
        const messages = posted
          .filter((post) => post.channel === channel)
          .reverse()
          .slice(0, limit)
          .map((post) => ({
            type: 'message',
            ts: post.ts,
            text: post.text,
            ...(withMetadata && post.metadata ? { metadata: JSON.parse(post.metadata) as unknown } : {}),
          }));
        return [200, { ok: true, messages, has_more: false }];
      }
      case 'files.getUploadURLExternal':
        ts += 1;
        return [200, { ok: true, upload_url: `${base}/hooks/upload/${ts}`, file_id: `F${ts}` }];
      case 'files.completeUploadExternal':
        uploads += 1;
        return [200, { ok: true, files: [] }];
      case 'chat.update':
        updated.push({
          client,
          channel: params.get('channel') ?? '',
          ts: params.get('ts') ?? '',
          text: params.get('text') ?? '',
        });
        return [200, { ok: true, channel: params.get('channel'), ts: params.get('ts') }];
      default:
        return [200, { ok: false, error: 'unknown_method' }];
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.url?.startsWith('/hooks/')) {
      if (request.url.startsWith('/hooks/response')) {
        responses += 1;
        replyTimes.set(request.url, performance.now());
      }
      return void response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    }
    const match = /^\/r\/([^/]+)\/api\/(.+)$/.exec(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!match) return json(response, 404, { ok: false, error: 'unknown_method' });
    const [, client = '', method = ''] = match;
    if (!request.headers.authorization?.startsWith('Bearer xoxb-')) {
      return json(response, 200, { ok: false, error: 'not_authed' });
    }
    const wait = method === 'auth.test' ? 0 : overLimit(method);
    if (wait > 0) {
      rateLimited += 1;
      return json(response, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(wait) });
    }
    inFlight.set(client, (inFlight.get(client) ?? 0) + 1);
    try {
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const [status, body] = await answer(method, params, client);
      json(response, status, body);
    } finally {
      inFlight.set(client, (inFlight.get(client) ?? 1) - 1);
    }
  }

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: (client) => `http://127.0.0.1:${port}/r/${client}/api/`,
    posted,
    updated,
    inFlight: (client) => inFlight.get(client) ?? 0,
    get rateLimited() {
      return rateLimited;
    },
    responseUrl: `http://127.0.0.1:${port}/hooks/response`,
    get responses() {
      return responses;
    },
    replyTimes,
    get uploads() {
      return uploads;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
