import './node20.ts';
import nock from 'nock';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SLACK_BASE = 'https://slack.test';
export const SLACK_API_URL = `${SLACK_BASE}/api/`;
export const BOT_TOKEN = 'xoxb-test-token';

export interface SlackCall {
  readonly method: string;
  readonly params: Record<string, string>;
  readonly token: string | undefined;
}

type Reply = [status: number, body: unknown, headers?: Record<string, string>];
type Handler = (
  params: Record<string, string>,
  call: number,
) => Reply | Promise<Reply | undefined> | undefined;

/**
 * The Slack Web API faked at the network layer with nock: every POST to
 * /api/<method> is recorded and answered like Slack answers (shapes from the
 * method reference: `{ok:true, channel, ts, message}`, `{ok:false, error}`,
 * HTTP 429 with Retry-After). Posted messages are kept per channel, with
 * their metadata, for conversations.history. Tests override methods with
 * `on()`; a handler may answer late (a Promise) to outlast a timeout.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  /** Messages posted so far, per channel, oldest first. */
  readonly stored = new Map<string, Record<string, unknown>[]>();
  private readonly handlers = new Map<string, Handler>();
  private counter = 0;

  readonly base: string;

  constructor(base: string = SLACK_BASE) {
    this.base = base;
    nock(base)
      .persist()
      .post(/^\/api\/[a-zA-Z0-9.]+$/)
      // nock 15 hands the reply function the fetch Request.
      .reply(async (request: Request): Promise<nock.ReplyFnResult> =>
        this.receive(
          new URL(request.url).pathname,
          await request.text(),
          request.headers.get('authorization') ?? undefined,
        ),
      );
  }

  /**
   * The same API on a loopback port, for what nock cannot fake: a reply that
   * comes after the client's own timeout. Returns the base URL for SlackWebApi.
   */
  async listen(): Promise<{ url: string; close: () => Promise<void> }> {
    const server: Server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void this.receive(
          request.url ?? '/',
          Buffer.concat(chunks).toString('utf8'),
          request.headers.authorization,
        ).then(([status, body, headers]) => {
          if (!response.destroyed) response.writeHead(status, headers).end(body);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/api/`,
      close: () =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  }

  private async receive(
    path: string,
    form: string,
    authorization: string | undefined,
  ): Promise<[number, string, Record<string, string>]> {
    const method = path.replace(/^\/api\//, '');
    const params = Object.fromEntries(new URLSearchParams(form));
    const token = authorization?.replace(/^Bearer /, '');
    this.calls.push({ method, params, token });
    const count = this.calls.filter((c) => c.method === method).length;
    const [status, body, headers] =
      (await this.handlers.get(method)?.(params, count)) ?? this.answer(method, params, token);
    return [status, JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8', ...headers }];
  }

  /** Answers `method` with `handler`; returning undefined falls back to the standard answer. */
  on(method: string, handler: Handler): this {
    this.handlers.set(method, handler);
    return this;
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The blocks a call sent, parsed. */
  static blocks(call: SlackCall | undefined): unknown[] {
    return call?.params.blocks ? (JSON.parse(call.params.blocks) as unknown[]) : [];
  }

  /** What Slack answers `method` with; a chat.postMessage answered here is stored. */
  answer(method: string, params: Record<string, string>, token: string | undefined = BOT_TOKEN): Reply {
    if (!token && method !== 'oauth.v2.access') return [200, { ok: false, error: 'not_authed' }];
    const ts = () =>
      `1700000${String(100 + (this.counter += 1)).padStart(3, '0')}.000${String(this.counter).padStart(3, '0')}`;
    switch (method) {
      case 'chat.postMessage': {
        const channel = params.channel?.startsWith('U') ? `D${params.channel.slice(1)}` : params.channel;
        const at = ts();
        const message = {
          type: 'message',
          text: params.text,
          user: 'U0BOT',
          bot_id: 'B0BOT',
          ts: at,
          ...(params.metadata ? { metadata: JSON.parse(params.metadata) as unknown } : {}),
        };
        const kept = this.stored.get(channel ?? '') ?? [];
        this.stored.set(channel ?? '', [...kept, message]);
        return [200, { ok: true, channel, ts: at, message }];
      }
      case 'conversations.history': {
        // Newest first; metadata only with include_all_metadata, as Slack does.
        const withMetadata = params.include_all_metadata === 'true';
        const messages = [...(this.stored.get(params.channel ?? '') ?? [])]
          .reverse()
          .slice(0, Number(params.limit ?? 100))
          .map((message) => (withMetadata ? message : { ...message, metadata: undefined }));
        return [200, { ok: true, messages, has_more: false }];
      }
      case 'chat.update':
        return [
          200,
          {
            ok: true,
            channel: params.channel,
            ts: params.ts,
            text: params.text,
            message: { text: params.text, user: 'U0BOT' },
          },
        ];
      case 'chat.postEphemeral':
        return [200, { ok: true, message_ts: ts() }];
      case 'conversations.open':
        return [
          200,
          { ok: true, no_op: false, already_open: false, channel: { id: `D${params.users?.slice(1)}` } },
        ];
      case 'views.open':
      case 'views.publish': {
        const view = JSON.parse(params.view ?? '{}') as Record<string, unknown>;
        return [200, { ok: true, view: { id: 'V0001', team_id: 'T0001', ...view } }];
      }
      case 'auth.test':
        return [
          200,
          {
            ok: true,
            url: 'https://example.slack.com/',
            team: 'Example',
            user: 'pulse',
            team_id: 'T0001',
            user_id: 'U0BOT',
            bot_id: 'B0BOT',
          },
        ];
      // Workspace T0001 has every channel, person and user group a test names, unless a test says otherwise.
      case 'conversations.info':
        return [200, { ok: true, channel: { id: params.channel, name: 'channel', is_channel: true } }];
      case 'users.info':
        return [
          200,
          { ok: true, user: { id: params.user, team_id: 'T0001', name: 'someone', deleted: false } },
        ];
      case 'usergroups.users.list':
        return [200, { ok: true, users: [] }];
      case 'bots.info':
        return [
          200,
          params.bot === 'B0BOT'
            ? {
                ok: true,
                bot: { id: 'B0BOT', deleted: false, name: 'pulse', app_id: 'A0APP', user_id: 'U0BOT' },
              }
            : { ok: false, error: 'bot_not_found' },
        ];
      case 'files.getUploadURLExternal':
        return [200, { ok: true, upload_url: 'https://files.slack.test/upload/v1/ABC', file_id: 'F0001' }];
      case 'files.completeUploadExternal':
        return [200, { ok: true, files: [{ id: 'F0001', title: 'chart' }] }];
      default:
        return [200, { ok: false, error: 'unknown_method' }];
    }
  }
}
