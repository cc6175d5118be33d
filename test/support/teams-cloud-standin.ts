import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock } from '../../src/app/clock.ts';

/**
 * Microsoft's side of a Teams bot on one loopback port, for tests:
 *
 * - the Bot Framework's OpenID metadata and signing keys
 *   (`/v1/.well-known/openidconfiguration`, `/v1/.well-known/keys`), and
 *   `signToken` to sign the bearer token Teams puts on each activity;
 * - the Entra token endpoint (`/<tenant>/oauth2/v2.0/token`, client
 *   credentials, checked against the bot's id and secret);
 * - the Bot Connector under `serviceUrl`: create a 1:1 conversation, send,
 *   update, paged members; the bearer token must be one it issued. It keeps
 *   Microsoft's published limits (per conversation 7 a second and 60 in 30
 *   seconds, per tenant 50 a second) and answers past them with 429 and a
 *   whole-second Retry-After; `failNext` scripts the errors Microsoft
 *   documents, with their status codes and `{ error: { code, message } }`.
 *
 * Token times are on the wall clock, as the SDK checks them there; the rate
 * limits count on `now`, so a test on virtual time passes its own.
 */
export interface TeamsCloudOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The tenant of conversations that name none (rosters) (default `tenant-1`). */
  readonly tenantId?: string;
  /** Team and channel conversations with their members, for paged members. */
  readonly rosters?: Readonly<Record<string, readonly TeamsMember[]>>;
  /** Milliseconds for the rate limits (default the wall clock). */
  readonly now?: () => number;
  /** Lifetime of issued access tokens (default 3599 s, as Entra gives). */
  readonly tokenLifetimeSeconds?: number;
}

export interface TeamsMember {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
  readonly userRole?: 'user' | 'guest';
}

export type ConnectorCall = 'create' | 'send' | 'update' | 'members';

/** An answer to script: a status with Microsoft's error code, and Retry-After for a 429. */
export interface ScriptedFailure {
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  readonly retryAfterSeconds?: number;
}

export const BLOCKED_BY_USER: ScriptedFailure = {
  status: 403,
  code: 'ConversationBlockedByUser',
  message: 'User blocked the conversation with the bot.',
};
export const CONVERSATION_NOT_FOUND: ScriptedFailure = {
  status: 404,
  code: 'ConversationNotFound',
  message: 'Conversation not found.',
};
export const SERVICE_UNAVAILABLE: ScriptedFailure = {
  status: 503,
  code: 'ServiceError',
  message: 'Service Unavailable',
};
export const tooManyRequests = (retryAfterSeconds: number): ScriptedFailure => ({
  status: 429,
  code: 'TooManyRequests',
  message: 'Too many requests.',
  retryAfterSeconds,
});

export interface ConnectorRequest {
  readonly call: ConnectorCall;
  readonly conversationId: string | undefined;
  readonly status: number;
  /** On `now`. */
  readonly at: number;
}

export interface StoredActivity {
  readonly conversationId: string;
  readonly id: string;
  activity: Record<string, unknown>;
  updates: number;
}

export interface TokenClaims {
  readonly audience?: string;
  readonly serviceUrl?: string;
  readonly issuer?: string;
  /** Negative for a token that ran out that long ago (default 3600). */
  readonly expiresInSeconds?: number;
  /** Signed with a key the metadata does not publish (under the published key's id). */
  readonly forged?: boolean;
}

export interface TeamsCloudStandin {
  readonly openIdMetadataUrl: string;
  /** The token endpoint of the Bot Framework tenant (multi-tenant bots). */
  readonly tokenUrl: string;
  /** A Bot Connector address as Teams gives it in `activity.serviceUrl` (trailing slash). */
  readonly serviceUrl: string;
  signToken(claims?: TokenClaims): string;
  failNext(call: ConnectorCall, ...failures: ScriptedFailure[]): void;
  /** Every authenticated Bot Connector request, in arrival order, with its answer's status. */
  readonly requests: readonly ConnectorRequest[];
  /** Every activity sent, in order; an update replaces `activity` and counts. */
  readonly activities: readonly StoredActivity[];
  readonly tokenRequests: number;
  close(): Promise<void>;
}

const KEY_ID = 'standin-key-1';
const LIMITS = {
  conversation: [
    { count: 7, ms: 1000 },
    { count: 60, ms: 30_000 },
  ],
  tenant: [{ count: 50, ms: 1000 }],
};

export async function startTeamsCloud(options: TeamsCloudOptions): Promise<TeamsCloudStandin> {
  const now = options.now ?? (() => systemClock.now().getTime());
  const defaultTenant = options.tenantId ?? 'tenant-1';
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const issued = new Set<string>();
  const scripted = new Map<ConnectorCall, ScriptedFailure[]>();
  const requests: ConnectorRequest[] = [];
  const activities: StoredActivity[] = [];
  const tenantOf = new Map<string, string>(
    Object.keys(options.rosters ?? {}).map((id) => [id, defaultTenant]),
  );
  const seen = new Map<string, number[]>();
  let tokenRequests = 0;
  let base = '';

  /** Seconds until `key` may send again under `windows`, or 0 (and the request is counted). */
  const overLimit = (keys: [string, { count: number; ms: number }[]][], at: number): number => {
    let wait = 0;
    for (const [key, windows] of keys) {
      const times = seen.get(key) ?? [];
      for (const { count, ms } of windows) {
        const recent = times.filter((time) => time > at - ms);
        if (recent.length >= count) wait = Math.max(wait, recent[recent.length - count]! + ms - at);
      }
    }
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    for (const [key] of keys) seen.set(key, [...(seen.get(key) ?? []), at].slice(-60));
    return 0;
  };

  const connector = (
    call: ConnectorCall,
    conversationId: string | undefined,
    body: Record<string, unknown>,
    activityId: string | undefined,
    query: URLSearchParams,
  ): [number, unknown] => {
    if (call === 'create') {
      const channelData = body.channelData as { tenant?: { id?: string } } | undefined;
      const tenantId = (body.tenantId as string | undefined) ?? channelData?.tenant?.id;
      const member = (body.members as { id?: string }[] | undefined)?.[0]?.id;
      if (!tenantId || !member || body.isGroup === true) {
        return fault(400, 'BadSyntax', 'Incorrect conversation creation parameters');
      }
      const id = `a:1${member}`;
      tenantOf.set(id, tenantId);
      return [201, { id }];
    }
    if (!conversationId || !tenantOf.has(conversationId)) {
      return fault(404, 'ConversationNotFound', 'Conversation not found.');
    }
    if (call === 'send') {
      const id = `1:${activities.length + 1}`;
      activities.push({ conversationId, id, activity: body, updates: 0 });
      return [201, { id }];
    }
    if (call === 'update') {
      const stored = activities.find(
        (item) => item.conversationId === conversationId && item.id === activityId,
      );
      if (!stored) return fault(404, 'ActivityNotFoundInConversation', 'Activity not found in conversation.');
      stored.activity = body;
      stored.updates += 1;
      return [200, { id: stored.id }];
    }
    const roster = options.rosters?.[conversationId] ?? [];
    const start = Number(query.get('continuationToken') ?? '0');
    const size = Number(query.get('pageSize') ?? '200');
    const next = start + size < roster.length ? String(start + size) : undefined;
    const members = roster
      .slice(start, start + size)
      .map((member) => ({ ...member, userRole: member.userRole ?? 'user' }));
    return [200, { members, ...(next ? { continuationToken: next } : {}) }];
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', base);
    const path = url.pathname;
    if (request.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
      return reply(response, 200, {
        issuer: 'https://api.botframework.com',
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (request.method === 'GET' && path === '/v1/.well-known/keys') {
      const jwk = published.publicKey.export({ format: 'jwk' });
      return reply(response, 200, {
        keys: [{ ...jwk, kid: KEY_ID, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }],
      });
    }
    if (request.method === 'POST' && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(path)) {
      tokenRequests += 1;
      const form = new URLSearchParams(raw);
      if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) {
        return reply(response, 401, {
          error: 'invalid_client',
          error_description: 'AADSTS7000215: Invalid client secret provided.',
        });
      }
      if (form.get('grant_type') !== 'client_credentials' || !form.get('scope')) {
        return reply(response, 400, {
          error: 'invalid_request',
          error_description: 'AADSTS900144: grant_type or scope missing.',
        });
      }
      const token = randomBytes(24).toString('base64url');
      issued.add(token);
      const lifetime = options.tokenLifetimeSeconds ?? 3599;
      return reply(response, 200, {
        token_type: 'Bearer',
        expires_in: lifetime,
        ext_expires_in: lifetime,
        access_token: token,
      });
    }
    const route = connectorRoute(request.method ?? '', path);
    if (!route) return reply(response, 404, { error: { code: 'NotFound', message: `No route for ${path}` } });
    const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (!issued.has(bearer))
      return reply(response, 401, { message: 'Authorization has been denied for this request.' });
    const at = now();
    const record = (status: number) =>
      requests.push({ call: route.call, conversationId: route.conversationId, status, at });
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const tenant = route.conversationId
      ? (tenantOf.get(route.conversationId) ?? defaultTenant)
      : String(body.tenantId ?? defaultTenant);
    const keys: [string, { count: number; ms: number }[]][] = [[`tenant:${tenant}`, LIMITS.tenant]];
    if (route.conversationId) keys.push([`conversation:${route.conversationId}`, LIMITS.conversation]);
    const wait = overLimit(keys, at);
    if (wait > 0) {
      record(429);
      const [status, answer] = fault(429, 'TooManyRequests', 'Too many requests.');
      return reply(response, status, answer, { 'retry-after': String(wait) });
    }
    const failure = scripted.get(route.call)?.shift();
    if (failure) {
      record(failure.status);
      const headers: Record<string, string> =
        failure.retryAfterSeconds === undefined ? {} : { 'retry-after': String(failure.retryAfterSeconds) };
      const [status, answer] = fault(
        failure.status,
        failure.code ?? 'ServiceError',
        failure.message ?? 'Failed.',
      );
      return reply(response, status, answer, headers);
    }
    const [status, answer] = connector(
      route.call,
      route.conversationId,
      body,
      route.activityId,
      url.searchParams,
    );
    record(status);
    return reply(response, status, answer);
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) =>
      reply(response, 500, { message: String(error) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    tokenUrl: `${base}/botframework.com/oauth2/v2.0/token`,
    serviceUrl: `${base}/amer/`,
    signToken: (claims = {}) =>
      signJwt(claims.forged ? forger.privateKey : published.privateKey, {
        iss: claims.issuer ?? 'https://api.botframework.com',
        aud: claims.audience ?? options.clientId,
        serviceurl: claims.serviceUrl ?? `${base}/amer/`,
        expiresInSeconds: claims.expiresInSeconds ?? 3600,
      }),
    failNext: (call, ...failures) => scripted.set(call, [...(scripted.get(call) ?? []), ...failures]),
    requests,
    activities,
    get tokenRequests() {
      return tokenRequests;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function connectorRoute(
  method: string,
  path: string,
): { call: ConnectorCall; conversationId?: string; activityId?: string } | undefined {
  const match =
    /^\/amer\/v3\/conversations(?:\/([^/]+)(?:\/(activities|pagedmembers)(?:\/([^/]+))?)?)?$/i.exec(path);
  if (!match) return undefined;
  const [, conversation, what, activity] = match;
  const conversationId = conversation === undefined ? undefined : decodeURIComponent(conversation);
  const activityId = activity === undefined ? undefined : decodeURIComponent(activity);
  const kind = what?.toLowerCase();
  if (method === 'POST' && !conversationId) return { call: 'create' };
  if (method === 'POST' && kind === 'activities' && !activityId)
    return { call: 'send', ...(conversationId ? { conversationId } : {}) };
  if (method === 'PUT' && kind === 'activities' && activityId)
    return { call: 'update', ...(conversationId ? { conversationId } : {}), activityId };
  if (method === 'GET' && kind === 'pagedmembers')
    return { call: 'members', ...(conversationId ? { conversationId } : {}) };
  return undefined;
}

function signJwt(
  key: KeyObject,
  claims: { iss: string; aud: string; serviceurl: string; expiresInSeconds: number },
): string {
  const { expiresInSeconds, ...rest } = claims;
  const expires = Math.floor(systemClock.now().getTime() / 1000) + expiresInSeconds;
  // A token lives an hour, as the Bot Framework's do; an expired one was issued an hour before it ran out.
  const issuedAt = Math.min(expires - 3600, Math.floor(systemClock.now().getTime() / 1000));
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'RS256', typ: 'JWT', kid: KEY_ID });
  const payload = encode({ ...rest, nbf: issuedAt, iat: issuedAt, exp: expires });
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), key).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

function fault(status: number, code: string, message: string): [number, unknown] {
  return [status, { error: { code, message } }];
}

function reply(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
