import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import type { TeamsCloudStandin } from '../support/teams-cloud-standin.ts';
import { signedActivity, teamsPeople, TEAMS_IDS } from './support/activities.ts';
import { startTeamsApp, type TeamsApp } from './support/teams-app.ts';

const { CLIENT_ID, TENANT, TEAM, LEADER, LEADER_CHAT: LEA_CHAT } = TEAMS_IDS;
const CARE = '19:care@thread.tacv2';
const BOB_CHAT = 'a:bob-chat';

/**
 * The typed command `admin` in Teams, through the bot's real messaging
 * endpoint: the admin who added the app gets a link signed for them, and
 * the link in the card opens the admin page as them; anyone else is told
 * only admins can.
 */
describeEachDatabase('the admin page from Teams', (database) => {
  let app: RunningApp;
  let cloud: TeamsCloudStandin;
  let teams: TeamsApp;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const bot = { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse' };
  const typed = (from: string, conversation: string, text: string) =>
    signedActivity(app.url, cloud, {
      type: 'message',
      text,
      from: { id: from },
      conversation: { id: conversation, conversationType: 'personal', tenantId: TENANT },
    });
  const lastReply = (conversationId: string) =>
    JSON.stringify(
      cloud.activities.filter((item) => item.conversationId === conversationId).at(-1)?.activity ?? {},
    );

  beforeAll(async () => {
    teams = await startTeamsApp(database, clock, {
      rosters: { [TEAM]: teamsPeople(['lea', 'ann', 'bob', 'fay', 'gus']) },
      conversations: [CARE, LEA_CHAT, BOB_CHAT],
    });
    ({ app, cloud } = teams);
    // Adding the app makes the person who added it the organisation's first admin.
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
      conversation: { id: `${CARE};messageid=1`, conversationType: 'channel', tenantId: TENANT },
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

  it('gives the admin a link that opens the admin page as them', async () => {
    expect((await typed(LEADER, LEA_CHAT, 'admin')).status).toBe(200);
    const link = /"url":"([^"]+\/dashboard\/admin\?t=[^"]+)"/.exec(lastReply(LEA_CHAT))?.[1];
    expect(link).toBeDefined();
    const page = await fetch(link ?? '');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('id="team-0-name">care</h3>');
    expect(html).toContain(`the group ${TEAM}`);
    expect(html).toContain('name="csrf"');
  });

  it('tells someone who is not an admin that only admins can, with no link', async () => {
    expect((await typed('29:bob', BOB_CHAT, 'admin')).status).toBe(200);
    const reply = lastReply(BOB_CHAT);
    expect(reply).toContain('Only an admin of Excellence Pulse can do that.');
    expect(reply).not.toContain('/dashboard/admin');
  });
});
