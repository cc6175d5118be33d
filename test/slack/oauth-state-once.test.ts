import { randomBytes } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  EncryptedInstallationStore,
  memoryInstallationRepository,
} from '../../adapters/slack/installation-store.ts';
import { BOT_SCOPES } from '../../adapters/slack/manifest-scopes.ts';
import { slackOAuthRoutes } from '../../adapters/slack/oauth-routes.ts';
import { SlackWebApi } from '../../adapters/slack/web-api/slack-web-api.ts';
import { claimOnce } from '../../src/app/processed-events.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { openStore } from '../../src/store/database.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { FakeSlackApi, SLACK_API_URL } from './support/fake-slack-api.ts';

/**
 * An OAuth state works once: the second callback with the same state (a
 * redirect URL replayed from a browser history or a proxy log, within its
 * ten minutes, with the cookie) is refused and exchanges nothing.
 */
describeEachDatabase('a used OAuth state', (database) => {
  let slack: FakeSlackApi;
  let routes: ReturnType<typeof slackOAuthRoutes>;
  let installs: number;

  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  beforeEach(async () => {
    const store = await openStore({ url: await database.fresh() });
    afterAll(() => store.close());
    slack = new FakeSlackApi().on('oauth.v2.access', () => [
      200,
      {
        ok: true,
        access_token: 'xoxb-1-2-three',
        token_type: 'bot',
        scope: BOT_SCOPES.join(','),
        bot_user_id: 'U0BOT',
        app_id: 'A0APP',
        team: { name: 'Acme', id: 'T0001' },
        enterprise: null,
        is_enterprise_install: false,
        authed_user: { id: 'U_ADMIN' },
      },
    ]);
    installs = 0;
    routes = slackOAuthRoutes({
      clientId: '123.456',
      clientSecret: 'client-secret',
      stateSecret: 'state-secret',
      scopes: BOT_SCOPES,
      redirectUri: 'https://pulse.example.com/slack/oauth_redirect',
      installationStore: new EncryptedInstallationStore(memoryInstallationRepository(), {
        current: randomBytes(32).toString('base64'),
      }),
      claimState: (nonce) =>
        claimOnce(store.db, `slack:oauth-state:${nonce}`, new Date('2026-11-24T09:00:00Z')),
      api: new SlackWebApi({ slackApiUrl: SLACK_API_URL }),
      log: createLogger('silent'),
      nowMilliseconds: () => 1_800_000_000_000,
      onInstalled: async () => {
        installs += 1;
      },
    });
  });
  afterEach(() => nock.cleanAll());

  const callback = async () => {
    const install = await routes.request('/slack/install');
    const state = new URL(install.headers.get('location')!).searchParams.get('state')!;
    const cookie = install.headers.get('set-cookie')!.split(';')[0]!;
    return () =>
      routes.request(`/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`, {
        headers: { cookie },
      });
  };

  it('is refused the second time, with the cookie and within its ten minutes', async () => {
    const redirect = await callback();
    expect((await redirect()).status).toBe(200);
    const again = await redirect();
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('already used');
    expect(slack.callsTo('oauth.v2.access')).toHaveLength(1);
    expect(installs).toBe(1);
  });

  it('lets exactly one of several simultaneous callbacks through', async () => {
    const redirect = await callback();
    const statuses = (await Promise.all([redirect(), redirect(), redirect()])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 401, 401]);
    expect(installs).toBe(1);
  });
});
