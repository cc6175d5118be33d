import { randomBytes } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  EncryptedInstallationStore,
  memoryInstallationRepository,
} from '../../adapters/slack/installation-store.ts';
import { BOT_SCOPES } from '../../adapters/slack/manifest-scopes.ts';
import { signState, slackOAuthRoutes, verifyState } from '../../adapters/slack/oauth-routes.ts';
import { SlackWebApi } from '../../adapters/slack/web-api/slack-web-api.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { FakeSlackApi, SLACK_API_URL } from './support/fake-slack-api.ts';

let slack: FakeSlackApi;
beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
beforeEach(() => {
  slack = new FakeSlackApi();
  slack.on('oauth.v2.access', (params) =>
    params.code === 'good-code' && params.client_secret === 'client-secret'
      ? [
          200,
          {
            ok: true,
            access_token: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
            token_type: 'bot',
            scope: BOT_SCOPES.join(','),
            bot_user_id: 'U0KRQLJ9H',
            app_id: 'A0KRD7HC3',
            team: { name: 'Slack Softball Team', id: 'T9TK3CUKW' },
            enterprise: null,
            is_enterprise_install: false,
            authed_user: { id: 'U1234' },
          },
        ]
      : [200, { ok: false, error: 'invalid_code' }],
  );
});
afterEach(() => nock.cleanAll());

function setup() {
  const repository = memoryInstallationRepository();
  const store = new EncryptedInstallationStore(repository, { current: randomBytes(32).toString('base64') });
  const installed: string[] = [];
  const used = new Set<string>();
  const routes = slackOAuthRoutes({
    clientId: '123.456',
    clientSecret: 'client-secret',
    stateSecret: 'state-secret',
    scopes: BOT_SCOPES,
    redirectUri: 'https://pulse.example.com/slack/oauth_redirect',
    installationStore: store,
    claimState: async (nonce) => !used.has(nonce) && Boolean(used.add(nonce)),
    api: new SlackWebApi({ slackApiUrl: SLACK_API_URL }),
    log: createLogger(process.env.DEBUG_OAUTH ? 'debug' : 'silent'),
    onInstalled: async (installation) => {
      installed.push(installation.team?.id ?? '');
    },
  });
  return { routes, repository, store, installed };
}

async function startInstall(routes: ReturnType<typeof setup>['routes']) {
  const response = await routes.request('/slack/install');
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location')!);
  const cookie = response.headers.get('set-cookie')!;
  return { location, cookie: cookie.split(';')[0]!, state: location.searchParams.get('state')! };
}

describe('Slack OAuth', () => {
  it('sends the browser to Slack with the scopes, the redirect URL and a signed state cookie', async () => {
    const { routes } = setup();
    const { location, cookie, state } = await startInstall(routes);
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('123.456');
    expect(location.searchParams.get('scope')).toBe(BOT_SCOPES.join(','));
    expect(location.searchParams.get('redirect_uri')).toBe('https://pulse.example.com/slack/oauth_redirect');
    expect(cookie).toBe(`slack-oauth-state=${state}`);
  });

  it('exchanges the code, stores the installation encrypted, and reports it', async () => {
    const { routes, repository, store, installed } = setup();
    const { cookie, state } = await startInstall(routes);
    const response = await routes.request(
      `/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
      },
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('slack://app?team=T9TK3CUKW&#38;id=A0KRD7HC3');
    expect(installed).toEqual(['T9TK3CUKW']);
    expect(JSON.stringify([...repository.records.values()])).not.toContain('xoxb-');
    const installation = await store.fetchInstallation({
      teamId: 'T9TK3CUKW',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(installation.bot).toMatchObject({
      token: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
      userId: 'U0KRQLJ9H',
      id: 'B0BOT',
    });
    expect(slack.calls.map((call) => call.method)).toEqual(['oauth.v2.access', 'auth.test']);
  });

  it.each([
    ['no cookie', (state: string) => `/slack/oauth_redirect?code=good-code&state=${state}`, ''],
    [
      'a forged state',
      () => '/slack/oauth_redirect?code=good-code&state=abc.9999999999.forged',
      'slack-oauth-state=abc.9999999999.forged',
    ],
  ])('refuses %s with 401 and stores nothing', async (_, path, cookieOverride) => {
    const { routes, repository } = setup();
    const { state } = await startInstall(routes);
    const response = await routes.request(path(encodeURIComponent(state)), {
      headers: cookieOverride ? { cookie: cookieOverride } : {},
    });
    expect(response.status).toBe(401);
    expect(repository.records.size).toBe(0);
    expect(slack.calls).toEqual([]);
  });

  it('refuses an expired state', () => {
    const state = signState('s', 0);
    expect(verifyState('s', state, 0)).toBe(true);
    expect(verifyState('s', state, 11 * 60 * 1000)).toBe(false);
    expect(verifyState('other', state, 0)).toBe(false);
  });

  it('shows a failure page when Slack refuses the code', async () => {
    const { routes, repository } = setup();
    const { cookie, state } = await startInstall(routes);
    const response = await routes.request(
      `/slack/oauth_redirect?code=bad&state=${encodeURIComponent(state)}`,
      { headers: { cookie } },
    );
    expect(response.status).toBe(502);
    expect(repository.records.size).toBe(0);
  });
});
