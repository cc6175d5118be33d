import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import type { TeamsCloudStandin } from '../support/teams-cloud-standin.ts';
import { executeActions, signedActivity, tapActivity, teamsPeople, TEAMS_IDS } from './support/activities.ts';
import { startTeamsApp, type TeamsApp } from './support/teams-app.ts';

const { CLIENT_ID, TENANT, TEAM, LEADER } = TEAMS_IDS;
const CARE = '19:care@thread.tacv2';
const BOB_CHAT = 'a:bob-chat';
const LEA_CHAT = 'a:lea-chat';

/**
 * Erasure typed to the bot in Teams, through its real messaging endpoint:
 * `erase` answers with what goes and what stays and a tap that confirms;
 * only the person themselves, or an admin who @mentions them, can erase.
 */
describeEachDatabase('erasing data from Teams', (database) => {
  let app: RunningApp;
  let cloud: TeamsCloudStandin;
  let teams: TeamsApp;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const bot = { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse' };
  const personal = (id: string) => ({ id, conversationType: 'personal' as const });
  const say = (from: string, chat: string, text: string, mentions: { id: string; name: string }[] = []) =>
    signedActivity(app.url, cloud, {
      type: 'message',
      text: [text, ...mentions.map((m) => `<at>${m.name}</at>`)].join(' '),
      from: { id: from },
      conversation: { ...personal(chat), tenantId: TENANT },
      entities: mentions.map((mentioned) => ({
        type: 'mention',
        mentioned,
        text: `<at>${mentioned.name}</at>`,
      })),
    });
  const lastReply = (chat: string) =>
    cloud.activities.filter((item) => item.conversationId === chat).at(-1)?.activity ?? {};
  const tap = async (from: string, chat: string, action: { verb: string; data: Record<string, unknown> }) => {
    const response = await signedActivity(app.url, cloud, tapActivity(from, personal(chat), action));
    expect(response.status).toBe(200);
    return response.text();
  };
  const idOf = async (user: string) =>
    (await app.store.db.person.findFirst({ where: { platformUserId: user } }))?.id;

  beforeAll(async () => {
    teams = await startTeamsApp(database, clock, {
      // A channel's members are its Teams team's (the app joins standard channels only).
      rosters: { [TEAM]: teamsPeople(['lea', 'ann', 'bob']) },
      conversations: [CARE, BOB_CHAT, LEA_CHAT],
    });
    ({ app, cloud } = teams);
    await signedActivity(app.url, cloud, {
      type: 'conversationUpdate',
      from: { id: LEADER },
      membersAdded: [bot],
      conversation: { id: TEAM, conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM, name: 'Support' } },
    });
    await signedActivity(app.url, cloud, {
      type: 'message',
      text: `<at>${bot.name}</at> team add`,
      from: { id: LEADER },
      conversation: { id: CARE, conversationType: 'channel', tenantId: TENANT },
      channelData: {
        tenant: { id: TENANT },
        team: { id: TEAM, name: 'Support' },
        channel: { id: CARE, name: 'care' },
      },
      entities: [{ type: 'mention', mentioned: bot, text: `<at>${bot.name}</at>` }],
    });
    await app.tick();
  });

  afterAll(async () => {
    await teams?.close();
  });

  it('shows what erasing removes and what stays, and a tap by someone else erases nothing', async () => {
    expect((await say('29:bob', BOB_CHAT, 'erase')).status).toBe(200);
    const card = lastReply(BOB_CHAT);
    expect(JSON.stringify(card)).toContain('What is removed');
    expect(JSON.stringify(card)).toContain('never change');
    const [confirm] = executeActions(card, 'rights.erase');
    expect(confirm?.data).toEqual({ p: await idOf('29:bob') });

    expect(await tap('29:ann', BOB_CHAT, confirm!)).toContain('Only you can erase your own data');
    expect(await idOf('29:bob')).toBeDefined();
  });

  it('erases the person who taps their own confirm, and tells them in their language', async () => {
    await say('29:bob', BOB_CHAT, 'language nl');
    await say('29:bob', BOB_CHAT, 'erase');
    const [confirm] = executeActions(lastReply(BOB_CHAT), 'rights.erase');
    expect(await tap('29:bob', BOB_CHAT, confirm!)).toContain('Je gegevens zijn gewist');
    expect(await idOf('29:bob')).toBeUndefined();
    expect(
      await app.store.db.auditLog.count({ where: { action: 'person.erased', subject: 'own-request' } }),
    ).toBe(1);
  });

  it('lets an admin erase someone they @mention, after the same confirm step; no one else', async () => {
    await say('29:ann', BOB_CHAT, 'erase', [{ id: LEADER, name: 'Lea' }]);
    expect(JSON.stringify(lastReply(BOB_CHAT))).toContain('Only you can erase your own data');
    expect(executeActions(lastReply(BOB_CHAT), 'rights.erase')).toEqual([]);

    await say(LEADER, LEA_CHAT, 'erase', [{ id: '29:ann', name: 'Ann' }]);
    const [confirm] = executeActions(lastReply(LEA_CHAT), 'rights.erase');
    expect(confirm?.data).toEqual({ p: await idOf('29:ann') });
    expect(await tap(LEADER, LEA_CHAT, confirm!)).toContain('has been erased');
    expect(await idOf('29:ann')).toBeUndefined();
  });
});
