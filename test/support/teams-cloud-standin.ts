import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock } from '../../src/app/clock.ts';
import {
  ConnectorStandin,
  type ConnectorCall,
  type ConnectorRequest,
  type ScriptedFailure,
  type StoredActivity,
  type TeamsMember,
} from './teams-connector-standin.ts';

export {
  BLOCKED_BY_USER,
  SERVICE_UNAVAILABLE,
  tooManyRequests,
  type ConnectorCall,
  type ScriptedFailure,
  type TeamsMember,
} from './teams-connector-standin.ts';

/**
 * Microsoft's side of a Teams bot on one loopback port, for tests:
 *
 * - the Bot Framework's OpenID metadata and signing keys
 *   (`/v1/.well-known/openidconfiguration`, `/v1/.well-known/keys`), and
 *   `signToken` to sign the bearer token Teams puts on each activity;
 * - the Entra token endpoint (`/<tenant>/oauth2/v2.0/token`, client
 *   credentials, checked against the bot's id and secret);
 * - the Bot Connector under `serviceUrl` (teams-connector-standin.ts): create
 *   a 1:1 conversation, send, update, paged members, for a bearer token it
 *   issued. It keeps Microsoft's published limits (per conversation 7 a
 *   second and 60 in 30 seconds, per tenant 50 a second) and answers past
 *   them with 429 and a whole-second Retry-After; `failNext` scripts the
 *   errors Microsoft documents, with `{ error: { code, message } }` bodies.
 *
 * Token times are on the wall clock, as the SDK checks them there; the rate
 * limits count on `now`, so a test on virtual time passes its own.
 */
export interface TeamsCloudOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The tenant of conversations that name none (the rosters') (default `tenant-1`). */
  readonly tenantId?: string;
  /** Team and channel conversations with their members, for paged members. */
  readonly rosters?: Readonly<Record<string, readonly TeamsMember[]>>;
  /** Conversations that exist already (1:1 chats created earlier), in the default tenant. */
  readonly conversations?: readonly string[];
  /** Milliseconds for the rate limits (default the wall clock). */
  readonly now?: () => number;
  /** Lifetime of issued access tokens (default 3599 s, as Entra gives). */
  readonly tokenLifetimeSeconds?: number;
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
  /** The Bot Connector refuses every access token issued so far (401), as after a secret rotation. */
  revokeTokens(): void;
  /** Every authenticated Bot Connector request, in arrival order, with its answer's status. */
  readonly requests: readonly ConnectorRequest[];
  /** Every activity sent, in order; an update replaces `activity` and counts. */
  readonly activities: readonly StoredActivity[];
  /** Token requests, with their form fields. */
  readonly tokenRequests: readonly URLSearchParams[];
  close(): Promise<void>;
}

const KEY_ID = 'standin-key-1';

let keys: { published: KeyPair; forger: KeyPair } | undefined;
type KeyPair = { publicKey: KeyObject; privateKey: KeyObject };

/** One published and one forger's key pair per test process: making RSA keys takes a good part of a second. */
function signingKeys(): { published: KeyPair; forger: KeyPair } {
  keys ??= {
    published: generateKeyPairSync('rsa', { modulusLength: 2048 }),
    forger: generateKeyPairSync('rsa', { modulusLength: 2048 }),
  };
  return keys;
}

export async function startTeamsCloud(options: TeamsCloudOptions): Promise<TeamsCloudStandin> {
  const { published, forger } = signingKeys();
  const connector = new ConnectorStandin(
    { rosters: options.rosters ?? {}, conversations: options.conversations ?? [] },
    options.tenantId ?? 'tenant-1',
    options.now ?? (() => systemClock.now().getTime()),
  );
  const issued = new Set<string>();
  const tokenRequests: URLSearchParams[] = [];
  let base = '';

  const token = (form: URLSearchParams): [number, unknown] => {
    tokenRequests.push(form);
    if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) {
      return [
        401,
        { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' },
      ];
    }
    if (form.get('grant_type') !== 'client_credentials' || !form.get('scope')) {
      return [
        400,
        { error: 'invalid_request', error_description: 'AADSTS900144: grant_type or scope missing.' },
      ];
    }
    const lifetime = options.tokenLifetimeSeconds ?? 3599;
    // A JWT, as Entra's are (the SDK parses the tokens it is handed); the nonce makes each one new.
    const value = signJwt(published.privateKey, lifetime, {
      aud: String(form.get('scope')).replace(/\/\.default$/, ''),
      appid: options.clientId,
      nonce: randomBytes(12).toString('base64url'),
    });
    issued.add(value);
    return [
      200,
      { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: value },
    ];
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', base);
    const method = request.method ?? '';
    if (method === 'GET' && url.pathname === '/v1/.well-known/openidconfiguration') {
      return reply(response, 200, {
        issuer: 'https://api.botframework.com',
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (method === 'GET' && url.pathname === '/v1/.well-known/keys') {
      const jwk = published.publicKey.export({ format: 'jwk' });
      const key = { ...jwk, kid: KEY_ID, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
      return reply(response, 200, { keys: [key] });
    }
    if (method === 'POST' && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(url.pathname)) {
      return reply(response, ...token(new URLSearchParams(raw)));
    }
    const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (url.pathname.startsWith('/amer/') && !issued.has(bearer)) {
      return reply(response, 401, { message: 'Authorization has been denied for this request.' });
    }
    const answer = connector.answer(method, url.pathname, url.searchParams, raw);
    if (!answer)
      return reply(response, 404, { error: { code: 'NotFound', message: `No route for ${url.pathname}` } });
    return reply(response, ...answer);
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
      signJwt(claims.forged ? forger.privateKey : published.privateKey, claims.expiresInSeconds ?? 3600, {
        iss: claims.issuer ?? 'https://api.botframework.com',
        aud: claims.audience ?? options.clientId,
        serviceurl: claims.serviceUrl ?? `${base}/amer/`,
      }),
    failNext: (call, ...failures) => connector.failNext(call, failures),
    revokeTokens: () => issued.clear(),
    requests: connector.requests,
    activities: connector.activities,
    tokenRequests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function signJwt(key: KeyObject, expiresInSeconds: number, claims: Record<string, string>): string {
  const now = Math.floor(systemClock.now().getTime() / 1000);
  const expires = now + expiresInSeconds;
  // An expired token was issued a minute before it ran out.
  const issuedAt = Math.min(now, expires - 60);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'RS256', typ: 'JWT', kid: KEY_ID });
  const payload = encode({ ...claims, nbf: issuedAt, iat: issuedAt, exp: expires });
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), key).toString('base64url');
  return `${header}.${payload}.${signature}`;
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
