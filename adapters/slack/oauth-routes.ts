import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Installation, InstallationStore } from '@slack/bolt';
import { Hono } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { Logger } from '../../src/logging/logger.ts';
import type { SlackWebApi } from './web-api/slack-web-api.ts';
import { systemClock } from '../../src/app/clock.ts';

export interface SlackOAuthOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Signs the OAuth `state` (SLACK_STATE_SECRET). */
  readonly stateSecret: string;
  /** Bot scopes to request; the manifest lists the same. */
  readonly scopes: readonly string[];
  /** The full redirect URL registered with the app, e.g. https://pulse.example.com/slack/oauth_redirect. */
  readonly redirectUri: string;
  readonly installationStore: InstallationStore;
  /**
   * Records that a state was used; true the first time it is presented, false
   * after. The HMAC, expiry and cookie only say the state is ours and recent:
   * without a record of use, a redirect URL seen in a browser history or a
   * proxy log could be replayed within its ten minutes.
   */
  readonly claimState: (nonce: string) => Promise<boolean>;
  readonly api: SlackWebApi;
  /** Called after the installation is stored, e.g. to create the organisation. */
  readonly onInstalled?: (installation: Installation<'v2', boolean>) => Promise<void>;
  readonly log: Logger;
  readonly nowMilliseconds?: () => number;
  /** Slack's authorize page (default https://slack.com/oauth/v2/authorize). */
  readonly authorizeUrl?: string;
  readonly installPath?: string;
  readonly redirectPath?: string;
}

const STATE_COOKIE = 'slack-oauth-state';
const STATE_TTL_SECONDS = 10 * 60;

/**
 * "Add to Slack" for distribution: `GET /slack/install` sends the browser to
 * Slack's authorize page with a signed, expiring `state` that is also set as
 * an HttpOnly cookie; `GET /slack/oauth_redirect` checks both, exchanges the
 * code with oauth.v2.access, reads the bot id with auth.test, and stores the
 * installation (encrypted, via the store).
 */
export function slackOAuthRoutes(options: SlackOAuthOptions): Hono {
  const routes = new Hono();
  const now = () => options.nowMilliseconds?.() ?? systemClock.now().getTime();
  const installPath = options.installPath ?? '/slack/install';
  const redirectPath = options.redirectPath ?? '/slack/oauth_redirect';

  routes.get(installPath, (c) => {
    const state = signState(options.stateSecret, now());
    setCookie(c, STATE_COOKIE, state, {
      httpOnly: true,
      secure: options.redirectUri.startsWith('https:'),
      sameSite: 'Lax',
      maxAge: STATE_TTL_SECONDS,
      path: redirectPath,
    });
    const url = new URL(options.authorizeUrl ?? 'https://slack.com/oauth/v2/authorize');
    url.searchParams.set('client_id', options.clientId);
    url.searchParams.set('scope', options.scopes.join(','));
    url.searchParams.set('redirect_uri', options.redirectUri);
    url.searchParams.set('state', state);
    return c.redirect(url.toString(), 302);
  });

  routes.get(redirectPath, async (c) => {
    const error = c.req.query('error');
    if (error)
      return c.html(
        page('Installation cancelled', `Slack said: ${escapeHtml(error)}. You can try again.`),
        400,
      );
    const code = c.req.query('code');
    const state = c.req.query('state');
    const cookie = getCookie(c, STATE_COOKIE);
    deleteCookie(c, STATE_COOKIE, { path: redirectPath });
    if (!code || !state || state !== cookie || !verifyState(options.stateSecret, state, now())) {
      options.log.warn('slack: OAuth callback with a missing, expired or foreign state');
      return c.html(
        page(
          'Installation failed',
          'This link has expired or was not started here. Start again from the install page.',
        ),
        401,
      );
    }
    if (!(await options.claimState(stateNonce(state)))) {
      options.log.warn('slack: OAuth callback with a state that was already used');
      return c.html(
        page('Installation failed', 'This link was already used. Start again from the install page.'),
        401,
      );
    }
    try {
      const installation = await exchange(options, code);
      await options.installationStore.storeInstallation(installation);
      await options.onInstalled?.(installation);
      const team = installation.team?.id ?? installation.enterprise?.id ?? '';
      options.log.info({ team }, 'slack: app installed');
      const open = `slack://app?team=${encodeURIComponent(team)}&id=${encodeURIComponent(installation.appId ?? '')}`;
      return c.html(
        page(
          'Excellence Pulse is installed',
          `<a href="${escapeHtml(open)}">Open Slack</a> and add the app to your teams’ channels.`,
        ),
      );
    } catch (failure) {
      options.log.error({ err: failure }, 'slack: OAuth exchange failed');
      return c.html(
        page('Installation failed', 'Slack did not accept the installation. Please try again.'),
        502,
      );
    }
  });
  return routes;
}

async function exchange(options: SlackOAuthOptions, code: string): Promise<Installation<'v2', boolean>> {
  const granted = await options.api.callWithoutToken('oauth', 'oauth.v2.access', {
    client_id: options.clientId,
    client_secret: options.clientSecret,
    code,
    redirect_uri: options.redirectUri,
  });
  const body = granted as unknown as OAuthV2Access;
  const isEnterpriseInstall = body.is_enterprise_install === true;
  const auth = { teamId: body.team?.id ?? body.enterprise?.id ?? 'unknown', botToken: body.access_token };
  const identity = await options.api.call(auth, 'auth.test', {});
  return {
    team:
      isEnterpriseInstall || !body.team
        ? undefined
        : { id: body.team.id, ...(body.team.name ? { name: body.team.name } : {}) },
    enterprise: body.enterprise
      ? { id: body.enterprise.id, ...(body.enterprise.name ? { name: body.enterprise.name } : {}) }
      : undefined,
    user: {
      id: body.authed_user.id,
      token: body.authed_user.access_token,
      scopes: body.authed_user.scope?.split(','),
    },
    bot: {
      token: body.access_token,
      scopes: body.scope.split(','),
      id: String(identity.bot_id ?? ''),
      userId: body.bot_user_id,
    },
    appId: body.app_id,
    tokenType: 'bot',
    isEnterpriseInstall,
    authVersion: 'v2',
  };
}

/** The parts of oauth.v2.access's answer that are used. */
interface OAuthV2Access {
  readonly access_token: string;
  readonly scope: string;
  readonly bot_user_id: string;
  readonly app_id: string;
  readonly team?: { readonly id: string; readonly name?: string };
  readonly enterprise?: { readonly id: string; readonly name?: string } | null;
  readonly is_enterprise_install?: boolean;
  readonly authed_user: { readonly id: string; readonly access_token?: string; readonly scope?: string };
}

/** `<nonce>.<expires>.<hmac>`: unguessable, expiring, and only valid if we signed it. */
export function signState(secret: string, nowMs: number): string {
  const payload = `${randomBytes(16).toString('base64url')}.${Math.floor(nowMs / 1000) + STATE_TTL_SECONDS}`;
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
}

/** The random part of a state: what is recorded once used. */
export function stateNonce(state: string): string {
  return state.split('.')[0] ?? '';
}

export function verifyState(secret: string, state: string, nowMs: number): boolean {
  const parts = state.split('.');
  if (parts.length !== 3) return false;
  const [nonce, expires, mac] = parts as [string, string, string];
  const expected = Buffer.from(
    createHmac('sha256', secret).update(`${nonce}.${expires}`).digest('base64url'),
  );
  const received = Buffer.from(mac);
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) return false;
  return Number(expires) >= Math.floor(nowMs / 1000);
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${body}</p></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
