import { PlatformSendError } from '../../../src/app/ports.ts';
import { systemClock, type Clock } from '../../sending/clock.ts';
import { fetchPost, nodeHttpPost, type HttpPost, type HttpReply } from './http-transport.ts';
import type { MethodLimit } from './method-limits.ts';
import { retryAfterMs } from '../../sending/attempt.ts';
import { RateLimitedSender, type Attempt, type SenderStats } from './rate-limited-sender.ts';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

/**
 * `ok:false` errors that no retry can fix: the token is gone, or the person or
 * channel is. The first seven are Slack's account and address errors; the rest
 * mean the request itself is wrong, so sending it again gives the same answer.
 */
export const PERMANENT_ERRORS: ReadonlySet<string> = new Set([
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'channel_not_found',
  'user_not_found',
  'is_archived',
  'cannot_dm_bot',
  'not_authed',
  'token_expired',
  'no_permission',
  'missing_scope',
  'not_in_channel',
  'user_disabled',
  'team_access_not_granted',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
  'invalid_arguments',
]);

/** `ok:false` errors Slack documents as "try again". */
const TRANSIENT_ERRORS: ReadonlySet<string> = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** Methods whose repetition would show something twice; only retried when the request surely never arrived. */
const NOT_IDEMPOTENT: ReadonlySet<string> = new Set([
  'chat.postMessage',
  'chat.postEphemeral',
  'files.completeUploadExternal',
]);

/** Network errors raised before the request was sent. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** A failed Web API call, with Slack's own error code (e.g. `channel_not_found`). */
export class SlackApiError extends PlatformSendError {
  readonly method: string;
  readonly code: string;

  constructor(
    method: string,
    code: string,
    options: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super(`Slack ${method} failed: ${code}`, options);
    this.name = 'SlackApiError';
    this.method = method;
    this.code = code;
  }
}

/** A workspace's bot token; `teamId` keys the rate limits. */
export interface SlackAuth {
  readonly teamId: string;
  readonly botToken: string;
}

export type SlackResponse = { readonly ok: true } & Readonly<Record<string, unknown>>;

export interface SlackWebApiOptions {
  /** Base URL of the Web API (SLACK_API_URL), default https://slack.com/api/. */
  readonly slackApiUrl?: string;
  /** Send every request through this fetch instead of node:http. */
  readonly fetch?: typeof fetch;
  readonly clock?: Clock;
  /** Per-method overrides of Slack's tiers, e.g. `{ 'chat.postMessage': { perMinute: 600 } }`. */
  readonly limits?: Readonly<Record<string, Partial<MethodLimit>>>;
  readonly maxInFlight?: number;
  /** Per request (default 10 s). */
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  readonly maxRateLimitedWaitMs?: number;
  readonly bucket?: { readonly holdMs?: number; readonly creepShare?: number };
}

export interface CallOptions {
  /** The channel a message goes to, for Slack's per-channel pacing. */
  readonly channel?: string;
  /** Someone is waiting (a click, a modal): ahead of bulk sends of the same method. */
  readonly interactive?: boolean;
  /**
   * For a call that is not safe to repeat (chat.postMessage): finds what an
   * earlier try left behind when its outcome is unknown (a timeout, a 5xx).
   * With it, such a call is tried again at once, after `recover` found
   * nothing, instead of being given back to the caller; without it the
   * caller decides.
   */
  readonly recover?: () => Promise<SlackResponse | undefined>;
}

/**
 * The Slack Web API over fetch, with every call going through one
 * rate-limited sender. Nothing else retries: there is no WebClient retry
 * policy underneath. Parameters are sent form-encoded (objects as JSON), the
 * encoding every method accepts; the token goes in the Authorization header.
 */
export class SlackWebApi {
  readonly baseUrl: string;
  readonly sender: RateLimitedSender;
  private readonly post: HttpPost;
  private readonly clock: Clock;
  private readonly timeoutMs: number;

  constructor(options: SlackWebApiOptions = {}) {
    const base = options.slackApiUrl ?? DEFAULT_SLACK_API_URL;
    this.baseUrl = base.endsWith('/') ? base : `${base}/`;
    this.post = options.fetch ? fetchPost(options.fetch) : nodeHttpPost(options.maxInFlight ?? 64);
    this.clock = options.clock ?? systemClock;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.sender = new RateLimitedSender({
      clock: this.clock,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.maxInFlight === undefined ? {} : { maxInFlight: options.maxInFlight }),
      ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
      ...(options.maxRateLimitedWaitMs === undefined
        ? {}
        : { maxRateLimitedWaitMs: options.maxRateLimitedWaitMs }),
      ...(options.bucket ? { bucket: options.bucket } : {}),
    });
  }

  /**
   * Calls a Web API method for a workspace. Resolves with the `ok:true` body;
   * rejects with a SlackApiError (a PlatformSendError: `permanent` for the
   * errors in PERMANENT_ERRORS, `retryAfterMs` after long rate limiting).
   */
  call(
    auth: SlackAuth,
    method: string,
    params: Readonly<Record<string, unknown>>,
    options: CallOptions = {},
  ) {
    return this.sender.send<SlackResponse>({
      workspace: auth.teamId,
      method,
      ...(options.channel === undefined ? {} : { channel: options.channel }),
      ...(options.interactive ? { interactive: true } : {}),
      attempt: options.recover
        ? recoverable(() => this.attempt(auth.botToken, method, params), options.recover)
        : () => this.attempt(auth.botToken, method, params),
    });
  }

  /** Calls a method that needs no bot token (oauth.v2.access), still through the sender. */
  callWithoutToken(lane: string, method: string, params: Readonly<Record<string, unknown>>) {
    return this.sender.send<SlackResponse>({
      workspace: lane,
      method,
      attempt: () => this.attempt(undefined, method, params),
    });
  }

  /**
   * Posts a message to a click's `response_url` (a webhook, not a Web API
   * method: no token, not rate limited; Slack takes five posts per click for
   * half an hour). Rejects with a SlackApiError when Slack refuses it, e.g.
   * `http_404` once the URL has expired.
   */
  respond(responseUrl: string, message: Readonly<Record<string, unknown>>): Promise<void> {
    return this.postOutsideApi(
      'response_url',
      responseUrl,
      'application/json; charset=utf-8',
      JSON.stringify(message),
    );
  }

  /**
   * Uploads a file's bytes to a URL from files.getUploadURLExternal (not a Web
   * API method, so not rate limited). Slack takes the bytes as the body itself
   * or as multipart form data; as the body they need no form encoder.
   */
  uploadBytes(url: string, bytes: Uint8Array): Promise<void> {
    return this.postOutsideApi('files.upload', url, 'application/octet-stream', bytes);
  }

  /** A POST to one of Slack's URLs outside the Web API, which answer with a status and plain text. */
  private async postOutsideApi(
    label: string,
    url: string,
    contentType: string,
    body: string | Uint8Array,
  ): Promise<void> {
    let reply: HttpReply;
    try {
      reply = await this.post(url, { 'content-type': contentType }, body, this.timeoutMs);
    } catch (error) {
      throw new SlackApiError(label, 'no_response', { cause: error });
    }
    if (reply.status < 200 || reply.status >= 300) {
      throw new SlackApiError(label, `http_${reply.status}`, { permanent: reply.status < 500 });
    }
  }

  stats(): SenderStats {
    return this.sender.stats();
  }

  close(): void {
    this.sender.close();
  }

  private async attempt(
    token: string | undefined,
    method: string,
    params: Readonly<Record<string, unknown>>,
  ): Promise<Attempt<SlackResponse>> {
    const idempotent = !NOT_IDEMPOTENT.has(method);
    let reply: HttpReply;
    try {
      reply = await this.post(
        `${this.baseUrl}${method}`,
        {
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        encodeForm(params),
        this.timeoutMs,
      );
    } catch (error) {
      const notSent = NOT_SENT_CODES.has(errorCode(error));
      const safe = idempotent || notSent;
      return {
        kind: 'transient',
        safe,
        // Unanswered, a request may still be under way: whoever tries it again waits as long as it might take.
        error: new SlackApiError(method, notSent ? 'connection_failed' : 'no_response', {
          cause: error,
          ...(safe ? {} : { retryAfterMs: this.timeoutMs }),
        }),
      };
    }

    if (reply.status === 429) {
      return { kind: 'rate_limited', retryAfterMs: retryAfterMs(reply.header('retry-after'), this.clock) };
    }
    let body: unknown;
    try {
      body = JSON.parse(reply.body);
    } catch (error) {
      return {
        kind: 'transient',
        safe: idempotent,
        error: new SlackApiError(method, `http_${reply.status}`, { cause: error }),
      };
    }
    const result = body as { ok?: unknown; error?: unknown };
    if (result.ok === true) return { kind: 'ok', value: body as SlackResponse };
    const code = typeof result.error === 'string' ? result.error : `http_${reply.status}`;
    if (code === 'ratelimited' || code === 'rate_limited') {
      return { kind: 'rate_limited', retryAfterMs: retryAfterMs(reply.header('retry-after'), this.clock) };
    }
    if (PERMANENT_ERRORS.has(code))
      return { kind: 'failed', error: new SlackApiError(method, code, { permanent: true }) };
    if (TRANSIENT_ERRORS.has(code) || reply.status >= 500) {
      return { kind: 'transient', safe: idempotent, error: new SlackApiError(method, code) };
    }
    return { kind: 'failed', error: new SlackApiError(method, code) };
  }
}

/**
 * Makes a call whose outcome may be unknown safe to repeat: after a try that
 * Slack answered with a 5xx (it may have stored the message first), the next
 * try first asks `recover`, and what it finds is the answer. An unanswered
 * try and a failed lookup still go back to the caller (not safe to repeat)
 * rather than risk a second message; the caller looks up before its resend.
 */
function recoverable(
  attempt: () => Promise<Attempt<SlackResponse>>,
  recover: () => Promise<SlackResponse | undefined>,
): () => Promise<Attempt<SlackResponse>> {
  let uncertain = false;
  return async () => {
    if (uncertain) {
      let found: SlackResponse | undefined;
      try {
        found = await recover();
      } catch (error) {
        const failure = error instanceof PlatformSendError ? error : new PlatformSendError(String(error));
        return { kind: 'transient', safe: false, error: failure };
      }
      if (found) return { kind: 'ok', value: found };
    }
    const outcome = await attempt();
    if (outcome.kind !== 'transient' || outcome.safe) return outcome;
    uncertain = true;
    // Unanswered, the request may still be stored after a lookup soon after: that try goes back to the caller.
    const unanswered = outcome.error instanceof SlackApiError && outcome.error.code === 'no_response';
    return unanswered ? outcome : { ...outcome, safe: true };
  };
}

/** Form-encodes parameters: strings as they are, objects and arrays as JSON, undefined left out. */
export function encodeForm(params: Readonly<Record<string, unknown>>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return form.toString();
}

/** node:http errors carry `code`; fetch wraps them in `cause`. */
function errorCode(error: unknown): string {
  const direct = (error as { code?: unknown } | undefined)?.code;
  if (typeof direct === 'string') return direct;
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : '';
}
