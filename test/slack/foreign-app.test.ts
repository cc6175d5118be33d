import './support/node20.ts';
import { randomBytes } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapterDeps } from '../../adapters/slack/create-slack-adapter.ts';
import {
  EncryptedInstallationStore,
  memoryInstallationRepository,
} from '../../adapters/slack/installation-store.ts';
import { answerActionId, encodeAnswerValue } from '../../adapters/slack/render/action-ids.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { TOKEN } from './fixtures.ts';
import { FakeServices, ORG } from './support/fake-services.ts';
import { FakeSlackApi, SLACK_API_URL } from './support/fake-slack-api.ts';
import { startHarness, type Harness } from './support/harness.ts';
import {
  buttonClick,
  eventCallback,
  formBody,
  signedHeaders,
  SIGNING_SECRET,
} from './support/slack-requests.ts';

const OTHER_APP = 'A0OTHER';
let slack: FakeSlackApi;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
beforeEach(() => {
  slack = new FakeSlackApi();
});
afterEach(() => nock.cleanAll());

function deps(extra: Partial<SlackAdapterDeps>): SlackAdapterDeps {
  return {
    services: new FakeServices(),
    resolveOrganization: async () => ORG,
    teamForChannel: async () => undefined,
    seenEvent: async () => false,
    claimOAuthState: async () => true,
    onUninstalled: async () => undefined,
    log: createLogger('silent'),
    ...extra,
  };
}

const post = (adapter: ReturnType<typeof createSlackAdapter>, body: string, type = 'application/json') =>
  adapter.routes.request('/slack/events', { method: 'POST', body, headers: signedHeaders(body, type) });

const revoked = (appId: string, eventId: string) =>
  JSON.stringify(eventCallback({ type: 'tokens_revoked', tokens: { bot: ['U0BOT'] } }, eventId, appId));

describe('events for another app in the same workspace', () => {
  it('with OAuth: tokens_revoked for another app leaves our installation; ours removes it', async () => {
    const repository = memoryInstallationRepository();
    const store = new EncryptedInstallationStore(repository, { current: randomBytes(32).toString('base64') });
    await store.storeInstallation({
      team: { id: 'T0001' },
      enterprise: undefined,
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-1', scopes: [], id: 'B0BOT', userId: 'U0BOT' },
      appId: 'A0APP',
      isEnterpriseInstall: false,
      authVersion: 'v2',
    });
    const told: string[] = [];
    const adapter = createSlackAdapter(
      {
        signingSecret: SIGNING_SECRET,
        oauth: {
          clientId: '1.2',
          clientSecret: 's',
          stateSecret: 's',
          redirectUri: 'https://x/slack/oauth_redirect',
        },
        slackApiUrl: SLACK_API_URL,
      },
      deps({
        installationStore: store,
        onUninstalled: async (event) => {
          told.push(`${event.reason} ${event.teamId}`);
        },
      }),
    );
    for (const [appId, id] of [
      [OTHER_APP, 'Ev1'],
      ['', 'Ev2'],
    ] as const) {
      const body = revoked(appId, id);
      expect(
        (await post(adapter, appId ? body : body.replace('"api_app_id":""', '"x":1'))).status,
      ).toBeLessThan(500);
    }
    await adapter.stop();
    expect(repository.records.size).toBe(1);
    expect(told).toEqual([]);

    const ours = createSlackAdapter(
      {
        signingSecret: SIGNING_SECRET,
        oauth: {
          clientId: '1.2',
          clientSecret: 's',
          stateSecret: 's',
          redirectUri: 'https://x/slack/oauth_redirect',
        },
        slackApiUrl: SLACK_API_URL,
      },
      deps({
        installationStore: store,
        onUninstalled: async (event) => {
          told.push(`${event.reason} ${event.teamId}`);
        },
      }),
    );
    expect((await post(ours, revoked('A0APP', 'Ev3'))).status).toBe(200);
    await ours.stop();
    expect(told).toEqual(['tokens_revoked T0001']);
    expect(repository.records.size).toBe(0);
  });

  it('with one bot token: our app id comes from auth.test and bots.info; app_uninstalled for another app is ignored', async () => {
    const told: string[] = [];
    const adapter = createSlackAdapter(
      { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test', slackApiUrl: SLACK_API_URL },
      deps({
        onUninstalled: async (event) => {
          told.push(event.reason);
        },
      }),
    );
    const uninstalled = (appId: string, id: string) =>
      JSON.stringify(eventCallback({ type: 'app_uninstalled' }, id, appId));
    expect((await post(adapter, uninstalled(OTHER_APP, 'Ev1'))).status).toBe(200);
    expect(told).toEqual([]);
    expect((await post(adapter, uninstalled('A0APP', 'Ev2'))).status).toBe(200);
    await adapter.stop();
    expect(told).toEqual(['app_uninstalled']);
    expect(slack.callsTo('bots.info').map((call) => call.params.bot)).toEqual(['B0BOT']);
  });
});

describe('clicks for another app', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(() => harness.close());

  it('store nothing; the same click for our app is stored', async () => {
    const click = buttonClick({
      actionId: answerActionId(0, 3),
      value: encodeAnswerValue({ t: TOKEN, s: 'st-1', v: 4 }),
    });
    const form = 'application/x-www-form-urlencoded';
    expect((await harness.post(formBody({ ...click, api_app_id: OTHER_APP }), form)).status).toBe(200);
    await harness.receiver.stop();
    expect(harness.services.answers).toEqual([]);
    expect((await harness.post(formBody(click), form)).status).toBe(200);
    await harness.receiver.stop();
    expect(harness.services.answers).toHaveLength(1);
  });
});
