import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { slackPlatform } from '../../adapters/slack/module.ts';
import { ManualClock } from '../../src/app/clock.ts';
import { definePlatform } from '../../src/app/platform-module.ts';
import { RecordingPlatform } from '../../src/app/recording-platform.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { runTeamCommand } from '../../src/cli/team-command.ts';
import { expects, flag, loadConfig } from '../../src/config/index.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { MessageDocument } from '../../src/messages/types.ts';
import { startApp, type RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { freePort } from '../support/free-port.ts';
import { BOT_TOKEN, FakeSlackApi, SLACK_API_URL } from './support/fake-slack-api.ts';
import { SIGNING_SECRET } from './support/slack-requests.ts';

const SLACK_MEMBERS = ['U_LEA', 'U_ANN', 'U_BOB', 'U_CAS', 'U_DEE', 'U_EVE'];
const ROOM_MEMBERS = ['r-lead', 'r-1', 'r-2', 'r-3', 'r-4', 'r-5'];

/**
 * A second platform that exists only in this test: one workspace ("room-1")
 * whose messages are kept in memory. Its people answer by "tapping" the
 * card they received, through the same PulseServices every platform calls.
 */
function chatroomModule(room: RecordingPlatform, captured: { services?: PulseServices }) {
  return definePlatform({
    id: 'chatroom',
    schema: z.object({
      CHATROOM: flag.default(false).register(expects, { en: 'true or false', nl: 'true of false' }),
    }),
    wanted: (settings) => settings.CHATROOM,
    describe: () => 'a test chat room',
    async start(_settings, _routes, host) {
      captured.services = host.services;
      await host.platformServices.connected({ externalId: 'room-1', name: 'Room' });
      return { platform: room, reach: (feature) => feature, stop: async () => {} };
    },
  });
}

describeEachDatabase('two chat platforms in one process', (database) => {
  let app: RunningApp;
  let slack: FakeSlackApi;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const members = ROOM_MEMBERS.map((id) => ({
    platformUserId: id,
    displayName: id,
    timeZone: 'Europe/Amsterdam',
  }));
  const room = new RecordingPlatform({ 'room-channel': members });
  const captured: { services?: PulseServices } = {};
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    await app.tick();
  };

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    slack = new FakeSlackApi()
      .on('conversations.members', () => [
        200,
        { ok: true, members: SLACK_MEMBERS, response_metadata: { next_cursor: '' } },
      ])
      .on('users.info', (params) => [
        200,
        {
          ok: true,
          user: {
            id: params.user,
            team_id: 'T0001',
            tz: 'Europe/Amsterdam',
            profile: { real_name: params.user },
          },
        },
      ]);
    nock('https://files.slack.test').persist().post(/.*/).reply(200, 'OK - 1234');
    const chatroom = chatroomModule(room, captured);
    const config = loadConfig(
      {
        PORT: String(await freePort()),
        DATABASE_URL: await database.fresh(),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL,
        CHATROOM: 'true',
        LOG_LEVEL: 'silent',
        SCHEDULER_CRON: '0 0 1 1 *',
      },
      '/nonexistent/.env',
      [slackPlatform.settings, chatroom.settings],
    );
    app = await startApp(config, createLogger('silent'), { clock });
    const io = { stdout: () => {}, stderr: () => {} };
    const add = (platform: string, channel: string, leader: string) =>
      runTeamCommand(
        ['add', '--platform', platform, '--name', platform, '--channel', channel, '--leader', leader],
        app.store.db,
        io,
      );
    expect(await add('slack', 'C_SUPPORT', 'U_LEA')).toBe(0);
    expect(await add('chatroom', 'room-channel', 'r-lead')).toBe(0);
  });

  afterAll(async () => {
    await app?.stop();
    nock.cleanAll();
  });

  const slackDmsTo = (user: string) =>
    slack
      .callsTo('chat.postMessage')
      .filter((call) => [user, `D${user.slice(1)}`].includes(String(call.params.channel)));
  const roomDocsTo = (user: string): MessageDocument[] =>
    room.directTo(user).map((message) => message.document);

  it('keeps one organisation per platform on one database, and says which ran', async () => {
    const orgs = await app.store.db.organization.findMany({ orderBy: { platform: 'asc' } });
    expect(orgs.map((org) => [org.platform, org.externalId])).toEqual([
      ['chatroom', 'room-1'],
      ['slack', 'T0001'],
    ]);
  });

  it('sends each organisation its pulses on its own platform, and nothing on the other', async () => {
    await at('2026-11-23T08:00:00Z');
    await at('2026-11-24T09:00:00Z');
    for (const user of SLACK_MEMBERS) expect(slackDmsTo(user).length).toBeGreaterThan(0);
    for (const user of ROOM_MEMBERS) expect(roomDocsTo(user).map((doc) => doc.kind)).toContain('pulse-card');
    const slackTargets = slack.callsTo('chat.postMessage').map((call) => String(call.params.channel));
    expect(slackTargets.some((target) => target.startsWith('r-'))).toBe(false);
    expect(
      room.messages.some((message) => message.to.kind === 'dm' && message.to.platformUserId.startsWith('U_')),
    ).toBe(false);
  });

  it('runs the room round through the shared use cases: answers, close, the leader report there', async () => {
    const services = captured.services;
    if (!services) throw new Error('the chat room module did not start');
    for (const user of ROOM_MEMBERS.slice(1)) {
      const card = roomDocsTo(user).find((doc) => doc.kind === 'pulse-card');
      if (card?.kind !== 'pulse-card') throw new Error(`no card for ${user}`);
      const person = await personIn('chatroom', user);
      for (const item of card.items) {
        // The second-highest option: "Agree" on an agreement scale, 9 on the 0–10 one.
        const value = item.options[item.options.length - 2]?.value ?? null;
        await services.recordAnswer({
          personId: person.id,
          token: card.token,
          statementId: item.statementId,
          value,
        });
      }
    }
    await at('2026-11-28T09:00:00Z');
    const rounds = await app.store.db.round.findMany({
      include: { team: { include: { organization: true } } },
    });
    expect(rounds.map((round) => [round.team.organization.platform, round.status]).sort()).toEqual([
      ['chatroom', 'closed'],
      ['slack', 'closed'],
    ]);
    const report = roomDocsTo('r-lead').find((doc) => doc.kind === 'team-report');
    expect(report?.kind === 'team-report' && report.participation.respondents).toBe(5);
    // Every card of the room's round now says it closed, through the room's own update.
    expect(room.messages.filter((message) => message.updates > 0).length).toBeGreaterThanOrEqual(5);
    // The Slack leader's report went to Slack: the round there closed too, with no answers to show.
    expect(slackDmsTo('U_LEA').length).toBeGreaterThan(1);
  });

  async function personIn(platform: string, platformUserId: string): Promise<{ id: string }> {
    return app.store.db.person.findFirstOrThrow({
      where: { platformUserId, organization: { platform } },
      select: { id: true },
    });
  }
});
