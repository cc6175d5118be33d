import type { Clock } from '../../../src/app/clock.ts';
import { PlatformSendError } from '../../../src/app/ports.ts';

/** The scope of a token for the Bot Connector (sending, updating, listing members). */
export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com/.default';

export interface ClientCredentialsOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The app's Entra tenant for a single-tenant app; without it, the Bot Framework's own tenant. */
  readonly tenantId?: string;
  /** Where tokens are requested; by default Entra's v2.0 token endpoint for the tenant. */
  readonly tokenUrl?: string;
  readonly clock: Clock;
  readonly fetch?: typeof fetch;
  /** A token is renewed this long before it runs out (default 5 minutes). */
  readonly renewBeforeMs?: number;
  /** How long one token request may take (default 10 s). */
  readonly timeoutMs?: number;
}

/** The app's own access tokens, one per scope, each kept until shortly before it runs out. */
export interface AccessTokens {
  token(scope?: string): Promise<string>;
  /** Forgets the kept tokens (the Bot Connector refused one), so the next call asks again. */
  forget(): void;
}

interface Kept {
  readonly value: string;
  readonly renewAt: number;
}

export function defaultTokenUrl(tenantId: string | undefined): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId ?? 'botframework.com')}/oauth2/v2.0/token`;
}

/**
 * The OAuth 2.0 client-credentials grant, made by the bot itself rather than
 * by the Teams SDK: the SDK's MSAL client accepts only an https authority, so
 * it could not be pointed at a local token endpoint. Callers asking at the
 * same time share one request; expiry is judged on the injected clock.
 */
export function clientCredentialsTokens(options: ClientCredentialsOptions): AccessTokens {
  const url = options.tokenUrl ?? defaultTokenUrl(options.tenantId);
  const fetchImpl = options.fetch ?? fetch;
  const renewBeforeMs = options.renewBeforeMs ?? 5 * 60_000;
  const kept = new Map<string, Kept>();
  const pending = new Map<string, Promise<string>>();

  async function request(scope: string): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.clientId,
      client_secret: options.clientSecret,
      scope,
    });
    const askedAt = options.clock.now().getTime();
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new PlatformSendError(`Teams token request to ${url} got no answer`, { cause: error });
    }
    const text = await response.text();
    const answer = parseAnswer(text);
    if (!response.ok || typeof answer.access_token !== 'string') {
      const reason = [answer.error, answer.error_description].filter((part) => typeof part === 'string');
      throw new PlatformSendError(
        `Teams token request failed with HTTP ${response.status}${reason.length > 0 ? `: ${reason.join(': ')}` : ''} ` +
          '(check TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID)',
      );
    }
    const lifetimeMs = Number(answer.expires_in) * 1000;
    // A short-lived token is renewed halfway, so it is never used in its last moments.
    const margin = Math.min(renewBeforeMs, lifetimeMs / 2);
    kept.set(scope, {
      value: answer.access_token,
      renewAt: askedAt + (Number.isFinite(lifetimeMs) ? lifetimeMs - margin : 0),
    });
    return answer.access_token;
  }

  return {
    token(scope = BOT_FRAMEWORK_SCOPE) {
      const current = kept.get(scope);
      if (current && options.clock.now().getTime() < current.renewAt) return Promise.resolve(current.value);
      let inFlight = pending.get(scope);
      if (!inFlight) {
        inFlight = request(scope).finally(() => pending.delete(scope));
        pending.set(scope, inFlight);
      }
      return inFlight;
    },
    forget() {
      kept.clear();
    },
  };
}

function parseAnswer(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
