import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../adapters/slack/manifest-scopes.ts';
import { ManualClock } from '../../src/app/clock.ts';
import { runTeamCommand } from '../../src/cli/team-command.ts';
import { loadAppConfig, type AppConfig } from '../../src/compose/platforms.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startApp, type RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { freePort } from '../support/free-port.ts';
import { FakeSlackApi, SLACK_API_URL } from './support/fake-slack-api.ts';
import { eventCallback, signedHeaders, SIGNING_SECRET } from './support/slack-requests.ts';

const KEY = Buffer.alloc(32, 7).toString('base64');
const OTHER_KEY = Buffer.alloc(32, 9).toString('base64');
const TEAM = 'T0001';

describeEachDatabase('a Slack workspace’s whole life: install, uninstall, install again', (database) => {
  let dir: string;
  let url: string;
  let app: RunningApp | undefined;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));

  const config = async (encryptionKey: string): Promise<AppConfig> =>
    loadAppConfig(
      {
        PORT: String(await freePort()),
        DATABASE_URL: url,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_CLIENT_ID: '123.456',
        SLACK_CLIENT_SECRET: 'client-secret-0123456789',
        SLACK_STATE_SECRET: 'state-secret-of-sixteen-chars',
        SLACK_API_URL,
        PUBLIC_URL: 'https://pulse.example.com',
        ENCRYPTION_KEY: encryptionKey,
        LOG_LEVEL: 'silent',
        SCHEDULER_CRON: '0 0 1 1 *',
      },
      join(dir, '.env'),
    );

  /** The admin's browser: /slack/install, then Slack's redirect back with a code. */
  const install = async (running: RunningApp) => {
    const start = await fetch(`${running.url}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const back = await fetch(
      `${running.url}/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`,
      { headers: { cookie } },
    );
    expect(back.status).toBe(200);
  };

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    new FakeSlackApi().on('oauth.v2.access', () => [
      200,
      {
        ok: true,
        access_token: 'xoxb-1-2-workspace-token',
        token_type: 'bot',
        scope: BOT_SCOPES.join(','),
        bot_user_id: 'U0BOT',
        app_id: 'A0APP',
        team: { name: 'Acme', id: TEAM },
        enterprise: null,
        is_enterprise_install: false,
        authed_user: { id: 'U_INSTALLER' },
      },
    ]);
    dir = mkdtempSync(join(tmpdir(), 'pulse-workspace-'));
    url = database.provider === 'sqlite' ? `file:${join(dir, 'pulse.db')}` : await database.fresh();
    app = await startApp(await config(KEY), createLogger('silent'), { clock });
  });

  afterAll(async () => {
    await app?.stop();
    nock.cleanAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes the person who installs the app its first admin', async () => {
    if (!app) throw new Error('not started');
    await install(app);
    const installer = await app.store.db.person.findFirst({ where: { platformUserId: 'U_INSTALLER' } });
    expect(installer?.isAdmin).toBe(true);
  });

  it('stops a workspace’s teams on uninstall and resumes them when the app is installed again', async () => {
    if (!app) throw new Error('not started');
    const db = app.store.db;
    const io = { stdout: () => {}, stderr: () => {} };
    expect(await runTeamCommand(['add', '--name', 'Support', '--channel', 'C_SUPPORT'], db, io)).toBe(0);
    clock.set(new Date('2026-11-24T08:00:00Z'));
    const body = JSON.stringify(eventCallback({ type: 'app_uninstalled' }, 'EvUninstall'));
    const headers = signedHeaders(body, 'application/json', {
      timestamp: Math.floor(clock.now().getTime() / 1000),
    });
    expect((await fetch(`${app.url}/slack/events`, { method: 'POST', body, headers })).status).toBe(200);
    await expect
      .poll(async () => (await db.team.findFirstOrThrow({ where: { name: 'Support' } })).active)
      .toBe(false);

    clock.set(new Date('2026-11-25T08:00:00Z'));
    await install(app);
    expect((await db.team.findFirstOrThrow({ where: { name: 'Support' } })).active).toBe(true);
  });

  it('refuses to start with an ENCRYPTION_KEY that opens no stored installation, and says so', async () => {
    await app?.stop();
    app = undefined;
    await expect(startApp(await config(OTHER_KEY), createLogger('silent'), { clock })).rejects.toThrow(
      /ENCRYPTION_KEY cannot open 1 of 1 stored Slack installations/,
    );
  });
});
