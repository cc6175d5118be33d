import { randomBytes } from 'node:crypto';
import { SocketModeReceiver } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapterDeps } from '../../adapters/slack/create-slack-adapter.ts';
import {
  EncryptedInstallationStore,
  memoryInstallationRepository,
} from '../../adapters/slack/installation-store.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { isPulseError } from '../../src/errors.ts';
import { FakeServices, ORG } from './support/fake-services.ts';
import { signedHeaders, SIGNING_SECRET } from './support/slack-requests.ts';

function deps(extra: Partial<SlackAdapterDeps> = {}): SlackAdapterDeps {
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

describe('createSlackAdapter', () => {
  it('builds Socket Mode from SLACK_APP_TOKEN + SLACK_BOT_TOKEN (construction only: connecting needs Slack)', async () => {
    const adapter = createSlackAdapter({ appToken: 'xapp-1-A0APP-1-abc', botToken: 'xoxb-test' }, deps());
    expect(adapter.mode).toBe('socket');
    expect(adapter.receiver).toBeInstanceOf(SocketModeReceiver);
    // No HTTP routes to mount in Socket Mode.
    expect((await adapter.routes.request('/slack/events', { method: 'POST' })).status).toBe(404);
    adapter.api.close();
  });

  it('builds HTTP mode with one bot token: signed requests to /slack/events', async () => {
    const adapter = createSlackAdapter({ signingSecret: SIGNING_SECRET, botToken: 'xoxb-test' }, deps());
    expect(adapter.mode).toBe('http');
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc' });
    const ok = await adapter.routes.request('/slack/events', {
      method: 'POST',
      body,
      headers: signedHeaders(body, 'application/json'),
    });
    expect(await ok.json()).toEqual({ challenge: 'abc' });
    const forged = await adapter.routes.request('/slack/events', {
      method: 'POST',
      body,
      headers: signedHeaders(body, 'application/json', { secret: 'wrong' }),
    });
    expect(forged.status).toBe(401);
    await adapter.stop();
  });

  it('builds HTTP mode with OAuth: the install routes are mounted', async () => {
    const store = new EncryptedInstallationStore(memoryInstallationRepository(), {
      current: randomBytes(32).toString('base64'),
    });
    const adapter = createSlackAdapter(
      {
        signingSecret: SIGNING_SECRET,
        oauth: {
          clientId: '1.2',
          clientSecret: 'secret',
          stateSecret: 'state',
          redirectUri: 'https://pulse.example.com/slack/oauth_redirect',
        },
      },
      deps({ installationStore: store }),
    );
    const install = await adapter.routes.request('/slack/install');
    expect(install.status).toBe(302);
    expect(install.headers.get('location')).toContain('scope=channels%3Aread%2Cchat%3Awrite%2Ccommands');
    await adapter.stop();
  });

  it('says which variable is missing', () => {
    const failure = (() => {
      try {
        createSlackAdapter({ botToken: 'xoxb-test' }, deps());
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(isPulseError(failure, 'config_invalid')).toBe(true);
    expect((failure as Error).message).toContain('SLACK_SIGNING_SECRET');
    expect(() =>
      createSlackAdapter(
        {
          signingSecret: 's',
          oauth: { clientId: 'a', clientSecret: 'b', stateSecret: 'c', redirectUri: 'https://x/y' },
        },
        deps(),
      ),
    ).toThrow(/installation store/);
  });
});

describe('uninstalling with OAuth', () => {
  it('deletes the installation, then tells the bot', async () => {
    const repository = memoryInstallationRepository();
    const store = new EncryptedInstallationStore(repository, { current: randomBytes(32).toString('base64') });
    await store.storeInstallation({
      team: { id: 'T0001' },
      enterprise: undefined,
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-1', scopes: [], id: 'B1', userId: 'U0BOT' },
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
      },
      deps({
        installationStore: store,
        onUninstalled: async (event) => {
          told.push(`${event.reason} ${event.teamId} ${repository.records.size}`);
        },
      }),
    );
    const body = JSON.stringify({
      token: 'x',
      team_id: 'T0001',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'Ev1',
      event_time: 1,
      event: { type: 'app_uninstalled' },
    });
    const response = await adapter.routes.request('/slack/events', {
      method: 'POST',
      body,
      headers: signedHeaders(body, 'application/json'),
    });
    expect(response.status).toBe(200);
    await adapter.stop();
    expect(told).toEqual(['app_uninstalled T0001 0']);
  });
});
