import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import { runTeamCommand } from '../../src/cli/team-command.ts';
import type { RunningApp } from '../../src/main.ts';
import { databaseUrlIn, describeEachDatabase } from '../support/databases.ts';
import { startSlackBot } from '../support/slack-bot.ts';
import { FakeSlackApi, type SlackCall } from './support/fake-slack-api.ts';
import {
  buttonClick,
  eventCallback,
  formBody,
  signedHeaders,
  slashCommand,
} from './support/slack-requests.ts';

const MEMBERS = ['U_LEA', 'U_ANN', 'U_BOB', 'U_CAS', 'U_DEE', 'U_EVE', 'U_FAY'];

/** Every link button in a message's or view's blocks: the URLs a person can open. */
function linksIn(blocks: unknown): string[] {
  if (Array.isArray(blocks)) return blocks.flatMap(linksIn);
  if (!blocks || typeof blocks !== 'object') return [];
  return Object.entries(blocks).flatMap(([key, value]) =>
    key === 'url' && typeof value === 'string' ? [value] : linksIn(value),
  );
}

/** The answer buttons of a posted pulse card: action id and value, per statement. */
function answerButtons(call: SlackCall | undefined): { actionId: string; value: string; label: string }[] {
  const blocks = FakeSlackApi.blocks(call) as {
    type: string;
    elements?: { action_id?: string; value?: string; text?: { text: string } }[];
  }[];
  return blocks
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? [])
    .filter((element) => element.action_id?.startsWith('pulse:answer'))
    .map((element) => ({
      actionId: element.action_id ?? '',
      value: element.value ?? '',
      label: element.text?.text ?? '',
    }));
}

describeEachDatabase('a full round on Slack, through the real HTTP receiver', (database) => {
  let app: RunningApp;
  let slack: FakeSlackApi;
  let dir: string;
  // The bot's clock: the test steps it through the round's days; Slack signs requests at that time too.
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    await app.tick();
  };
  const signed = (body: string, options: { secret?: string; timestamp?: number } = {}) =>
    signedHeaders(body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(clock.now().getTime() / 1000),
      ...options,
    });

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    slack = new FakeSlackApi()
      .on('conversations.members', () => [
        200,
        { ok: true, members: MEMBERS, response_metadata: { next_cursor: '' } },
      ])
      .on('users.info', (params) => [
        200,
        {
          ok: true,
          user: {
            id: params.user,
            team_id: 'T0001',
            name: params.user?.toLowerCase(),
            deleted: false,
            is_bot: false,
            tz: 'Europe/Amsterdam',
            locale: 'en-US',
            profile: { real_name: params.user, display_name: params.user },
          },
        },
      ]);
    // files.uploadV2 sends the chart bytes to the upload URL Slack hands out.
    nock('https://files.slack.test').persist().post(/.*/).reply(200, 'OK - 1234');
    dir = mkdtempSync(join(tmpdir(), 'pulse-slack-'));
    const url = await databaseUrlIn(database, dir);
    app = await startSlackBot({ dir, url, clock });
    const io = { stdout: () => {}, stderr: () => {} };
    await runTeamCommand(
      ['add', '--name', 'Support', '--channel', 'C_SUPPORT', '--leader', 'U_LEA'],
      app.store.db,
      io,
    );
  });

  afterAll(async () => {
    await app?.stop();
    nock.cleanAll();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${app.url}/slack/events`, { method: 'POST', body, headers });
  const dmsTo = (user: string) =>
    slack
      .callsTo('chat.postMessage')
      .filter((call) => call.params.channel === user || call.params.channel === `D${user.slice(1)}`);

  it('syncs the channel, opens the round and sends each member a pulse DM at 10:00 their time', async () => {
    await at('2026-11-23T08:00:00Z');
    expect(await app.store.db.membership.count()).toBe(MEMBERS.length);
    await at('2026-11-24T09:00:00Z');
    for (const user of MEMBERS) expect(answerButtons(dmsTo(user)[0]).length).toBeGreaterThan(0);
  });

  const command = async (text: string, user: string) => {
    const body = slashCommand(text, user);
    const response = await post(body, signed(body));
    expect(response.status).toBe(200);
    return (await response.json()) as { text: string; blocks?: unknown[] };
  };

  it('before the first round closes, says “no results yet” and when to expect them, on every surface', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    await runTeamCommand(['role', '--user', 'U_HR', '--hr'], app.store.db, io);
    const expected = 'The first results are expected on Friday 27 November at 10:00';

    // /pulse report, for the leader and for HR.
    for (const user of ['U_LEA', 'U_HR']) {
      const reply = await command('report', user);
      expect(JSON.stringify(reply)).toContain('No results yet');
      expect(JSON.stringify(reply)).toContain(expected);
    }

    // App Home.
    const home = eventCallback(
      { type: 'app_home_opened', user: 'U_LEA', channel: 'D_LEA', tab: 'home' },
      'EvEarlyHome',
    );
    const homeBody = JSON.stringify(home);
    expect(
      (
        await post(
          homeBody,
          signedHeaders(homeBody, 'application/json', {
            timestamp: Math.floor(clock.now().getTime() / 1000),
          }),
        )
      ).status,
    ).toBe(200);
    await expect.poll(() => slack.callsTo('views.publish').length).toBeGreaterThan(0);
    expect(slack.callsTo('views.publish').at(-1)?.params.view).toContain(expected);

    // The dashboard's pages and CSVs, through the link /pulse dashboard gives each of them.
    const support = await app.store.db.team.findFirstOrThrow({ where: { name: 'Support' } });
    for (const [user, page] of [
      ['U_LEA', `/dashboard/teams/${support.id}`],
      ['U_HR', '/dashboard/org'],
    ] as const) {
      const [link] = linksIn((await command('dashboard', user)).blocks);
      const token = new URL(link ?? '').searchParams.get('t') ?? '';
      for (const path of [page, `${page}/csv`]) {
        const response = await fetch(`${app.url}${path}?t=${encodeURIComponent(token)}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain(expected);
      }
    }
  });

  it('stores a click, acknowledges it and updates the card in place', async () => {
    for (const user of ['U_ANN', 'U_BOB', 'U_CAS', 'U_DEE', 'U_EVE']) {
      const card = dmsTo(user)[0];
      const buttons = answerButtons(card);
      // One answer per statement: the fourth option ("Agree") of each.
      const perStatement = new Map<string, (typeof buttons)[number]>();
      for (const button of buttons) {
        const statement = button.actionId.split(':')[2] ?? button.actionId;
        if (button.label.startsWith('Agree') || !perStatement.has(statement))
          perStatement.set(statement, button);
      }
      for (const button of perStatement.values()) {
        const body = formBody(
          buttonClick({ actionId: button.actionId, value: button.value, user, channel: `D${user.slice(1)}` }),
        );
        const response = await post(body, signed(body));
        expect(response.status).toBe(200);
      }
    }
    expect(await app.store.db.answer.count()).toBeGreaterThan(0);
    expect(await app.store.db.participation.count({ where: { answered: true } })).toBe(5);
    expect(slack.callsTo('chat.update').length).toBeGreaterThan(0);
  });

  it('refuses a forged or stale request with 401 and changes nothing', async () => {
    const before = await app.store.db.answer.count();
    const button = answerButtons(dmsTo('U_FAY')[0])[0];
    const body = formBody(
      buttonClick({ actionId: button?.actionId ?? '', value: button?.value ?? '', user: 'U_FAY' }),
    );
    expect((await post(body, signed(body, { secret: 'f'.repeat(32) }))).status).toBe(401);
    const stale = Math.floor(clock.now().getTime() / 1000) - 6 * 60;
    expect((await post(body, signed(body, { timestamp: stale }))).status).toBe(401);
    expect(await app.store.db.answer.count()).toBe(before);
  });

  it(
    'reminds only those who have not answered, then closes with a leader report and a nudge in the channel',
    { timeout: 90_000 },
    async () => {
      const sentBefore = slack.callsTo('chat.postMessage').length;
      await at('2026-11-25T09:00:00Z');
      const reminded = slack
        .callsTo('chat.postMessage')
        .slice(sentBefore)
        .map((call) => call.params.channel);
      expect(reminded.sort()).toEqual(['D_FAY', 'D_LEA']);

      // Closing updates every card; chat.update is Tier 3, so the sender paces those over several seconds.
      await at('2026-11-27T09:00:00Z');
      expect(await app.store.db.participation.count({ where: { tokenDigest: { not: null } } })).toBe(0);
      const report = dmsTo('U_LEA').at(-1);
      expect(JSON.stringify(FakeSlackApi.blocks(report))).toContain('Support');
      const nudge = slack.callsTo('chat.postMessage').find((call) => call.params.channel === 'C_SUPPORT');
      expect(nudge).toBeDefined();
      expect(
        slack.callsTo('chat.update').filter((call) => call.params.channel === 'D_FAY').length,
      ).toBeGreaterThan(0);
    },
  );

  it('opens the link in the leader’s report as that leader, the next day too, and never another team', async () => {
    const db = app.store.db;
    const lea = await db.person.findFirstOrThrow({ where: { platformUserId: 'U_LEA' } });
    const [link] = linksIn(FakeSlackApi.blocks(dmsTo('U_LEA').at(-1)));
    if (!link) throw new Error('the leader’s report has no link');
    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('<h1>Support</h1>');
    expect(await db.auditLog.count({ where: { actorId: lea.id, action: 'report.viewed' } })).toBeGreaterThan(
      0,
    );

    clock.set(new Date(clock.now().getTime() + 24 * 3_600_000));
    expect((await fetch(link)).status).toBe(200);

    const support = await db.team.findFirstOrThrow({ where: { name: 'Support' } });
    const other = await db.team.create({ data: { organizationId: support.organizationId, name: 'Other' } });
    const token = new URL(link).searchParams.get('t') ?? '';
    const page = (teamId: string, t: string) =>
      fetch(`${app.url}/dashboard/teams/${teamId}?t=${encodeURIComponent(t)}`);
    expect((await page(other.id, token)).status).toBe(403);
    expect((await page(support.id, `${token}x`)).status).toBe(401);
  });

  it('answers a link that has run out with how to get a fresh one, in the person’s language', async () => {
    const [link] = linksIn(FakeSlackApi.blocks(dmsTo('U_LEA').at(-1)));
    await command('language nl', 'U_LEA');
    clock.set(new Date(clock.now().getTime() + 8 * 24 * 3_600_000));
    const expired = await fetch(link ?? '');
    expect(expired.status).toBe(401);
    const page = await expired.text();
    expect(page).toContain('Deze link is verlopen');
    expect(page).toContain('/pulse dashboard');

    const [fresh] = linksIn((await command('dashboard', 'U_LEA')).blocks);
    expect((await fetch(fresh ?? '')).status).toBe(200);
  });

  it('gives HR the organisation figures as a CSV file on /pulse export, and everyone else their own data', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    await runTeamCommand(['role', '--user', 'U_HR', '--hr'], app.store.db, io);
    const uploadsBefore = slack.callsTo('files.completeUploadExternal').length;
    const body = slashCommand('export', 'U_HR');
    expect((await post(body, signed(body))).status).toBe(200);
    await expect
      .poll(() => slack.callsTo('files.completeUploadExternal').length)
      .toBeGreaterThan(uploadsBefore);

    expect(slack.callsTo('files.getUploadURLExternal').at(-1)?.params.filename).toBe(
      'excellence-pulse-organisation.csv',
    );

    // Anyone else gets a copy of what is kept about them (their right of access), never the organisation's figures.
    const uploadsAfterHr = slack.callsTo('files.completeUploadExternal').length;
    const own = slashCommand('export', 'U_BOB');
    expect((await post(own, signed(own))).status).toBe(200);
    await expect
      .poll(() => slack.callsTo('files.completeUploadExternal').length)
      .toBeGreaterThan(uploadsAfterHr);
    expect(slack.callsTo('files.getUploadURLExternal').at(-1)?.params.filename).toBe(
      'excellence-pulse-my-data.json',
    );
  });

  it('lets an admin set up a team and its leader with /pulse, and no one else', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    await runTeamCommand(['role', '--user', 'U_HR', '--admin'], app.store.db, io);
    const command = async (text: string, user: string) => {
      const body = slashCommand(text, user);
      const response = await post(body, signed(body));
      expect(response.status).toBe(200);
      return response.text();
    };
    const added = await command('team add <#C_CARE|care> <@U_ANN|ann>', 'U_HR');
    expect(added).toContain('Team “care” is set up');
    const care = await app.store.db.team.findFirstOrThrow({
      where: { sourceId: 'C_CARE' },
      include: { memberships: { include: { person: true } } },
    });
    expect(care.memberships.map((m) => [m.person.platformUserId, m.role])).toEqual([['U_ANN', 'leader']]);
    expect(await command('hr <@U_BOB>', 'U_HR')).toContain('role is assigned');
    expect(await command('team add <#C_FIELD|field> <!subteam^S_FIELD|@field-crew>', 'U_HR')).toContain(
      'is set up',
    );
    expect(await app.store.db.team.findFirst({ where: { channelId: 'C_FIELD' } })).toMatchObject({
      source: 'group',
      sourceId: 'S_FIELD',
    });

    const before = await app.store.db.team.count();
    expect(await command('team add <#C_OTHER|other>', 'U_CAS')).not.toContain('is set up');
    expect(await app.store.db.team.count()).toBe(before);
    expect(await command('team add nonsense', 'U_HR')).toContain('/pulse team add #channel @leader');
  });

  it('lets a person set their working hours from App Home, so pulses and reminders stay inside them', async () => {
    const click = buttonClick({ actionId: 'settings:working-hours', value: '', user: 'U_FAY' });
    const action = click.actions[0];
    const payload = {
      ...click,
      container: { type: 'view', view_id: 'V0001' },
      view: { id: 'V0001', type: 'home' },
      actions: [
        {
          ...action,
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: '08:00–16:00' }, value: '08:00-16:00' },
        },
      ],
    };
    const body = formBody(payload);
    expect((await post(body, signed(body))).status).toBe(200);
    await expect
      .poll(
        async () =>
          (await app.store.db.person.findFirstOrThrow({ where: { platformUserId: 'U_FAY' } })).workStart,
      )
      .toBe('08:00');
    expect((await app.store.db.person.findFirstOrThrow({ where: { platformUserId: 'U_FAY' } })).workEnd).toBe(
      '16:00',
    );
  });
});
