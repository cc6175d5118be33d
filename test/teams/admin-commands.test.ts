import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { until } from '../support/wait-until.ts';
import type { TeamsCloudStandin } from '../support/teams-cloud-standin.ts';
import { signedActivity, teamsPeople, TEAMS_IDS } from './support/activities.ts';
import { startTeamsApp, type TeamsApp } from './support/teams-app.ts';

const { CLIENT_ID, TENANT, TEAM, LEADER } = TEAMS_IDS;
const CARE = '19:care@thread.tacv2';
const ANN_CHAT = 'a:ann-chat';

/**
 * An admin runs the team of a channel by typing to the bot there, through
 * the real messaging endpoint (signed activities); anyone else is told only
 * admins can; a person takes leave and picks their holidays in their chat.
 */
describeEachDatabase('admin commands typed in Teams', (database) => {
  let app: RunningApp;
  let cloud: TeamsCloudStandin;
  let teams: TeamsApp;
  const clock = new ManualClock(new Date('2026-11-24T13:00:00Z'));
  const bot = { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse' };
  const ann = { id: '29:ann', name: 'Ann' };
  /** A message to the bot in the channel; `mention` is someone @mentioned after the text. */
  const inChannel = (from: string, text: string, mention?: typeof ann) =>
    signedActivity(app.url, cloud, {
      type: 'message',
      text: `<at>${bot.name}</at> ${text}${mention ? ` <at>${mention.name}</at>` : ''}`,
      from: { id: from },
      conversation: { id: `${CARE};messageid=1700`, conversationType: 'channel', tenantId: TENANT },
      channelData: {
        tenant: { id: TENANT },
        team: { id: TEAM, name: 'Support' },
        channel: { id: CARE, name: 'care' },
      },
      entities: [bot, ...(mention ? [mention] : [])].map((mentioned) => ({
        type: 'mention',
        mentioned,
        text: `<at>${mentioned.name}</at>`,
      })),
    });
  const lastReply = (conversationId: string) =>
    JSON.stringify(
      cloud.activities.filter((item) => item.conversationId.split(';')[0] === conversationId).at(-1)
        ?.activity ?? {},
    );
  /** The bot answers after acknowledging the activity: waits for the answer that says `words`. */
  const answered = (conversationId: string, words: string) =>
    until(`an answer saying "${words}"`, 30, async () =>
      lastReply(conversationId).includes(words) ? true : undefined,
    );

  beforeAll(async () => {
    teams = await startTeamsApp(database, clock, {
      rosters: { [CARE]: teamsPeople(['lea', 'ann']), [TEAM]: teamsPeople(['lea']) },
      conversations: [CARE, ANN_CHAT],
    });
    ({ app, cloud } = teams);
    await signedActivity(app.url, cloud, {
      type: 'conversationUpdate',
      from: { id: LEADER },
      membersAdded: [bot],
      conversation: { id: TEAM, conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM, name: 'Support' } },
    });
    // Ann leads the team: someone the bot knows, but not an admin.
    await inChannel(LEADER, 'team add', ann);
  });

  afterAll(async () => {
    await teams?.close();
  });

  it('lets the admin move the channel’s team to the first Friday of the month at 09:30', async () => {
    expect((await inChannel(LEADER, 'team schedule monthly friday 09:30')).status).toBe(200);
    await answered(CARE, 'on the first Friday of each month at 09:30');
    const team = await app.store.db.team.findFirstOrThrow({
      where: { channelId: CARE },
      include: { schedule: true },
    });
    expect(team.schedule).toMatchObject({ cadence: 'monthly', weekday: 5, localTime: '09:30' });
  });

  it('pauses the team for the admin, and tells anyone else only an admin can', async () => {
    await inChannel(LEADER, 'team pause');
    await answered(CARE, 'is paused');
    await inChannel('29:ann', 'team resume');
    await answered(CARE, 'Only an admin of Excellence Pulse can do that');
    expect((await app.store.db.team.findFirstOrThrow({ where: { channelId: CARE } })).paused).toBe(true);
  });

  it('lets a person take leave until a date and choose their public holidays under settings', async () => {
    const typed = (text: string) =>
      signedActivity(app.url, cloud, {
        type: 'message',
        text,
        from: { id: '29:ann' },
        conversation: { id: ANN_CHAT, conversationType: 'personal', tenantId: TENANT },
      });
    await typed('pause until 2026-12-14');
    await answered(ANN_CHAT, 'No pulse or reminder before');
    await typed('settings holidays NL');
    await answered(ANN_CHAT, 'public holidays of NL');
    const ann = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: '29:ann' } });
    expect(ann).toMatchObject({ pausedUntil: '2026-12-14', holidayRegion: 'NL' });
  });

  it('refuses a mistyped date or region in the person’s own language, and changes nothing', async () => {
    const typedInDutch = (text: string) =>
      signedActivity(app.url, cloud, {
        type: 'message',
        text,
        locale: 'nl-NL',
        from: { id: '29:ann' },
        conversation: { id: ANN_CHAT, conversationType: 'personal', tenantId: TENANT },
      });
    await typedInDutch('language nl');
    expect((await typedInDutch('pause until 14-12-2026')).status).toBe(200);
    await answered(ANN_CHAT, '“14-12-2026” is geen datum zoals 2027-01-04.');
    await typedInDutch('settings holidays XX');
    await answered(ANN_CHAT, 'De feestdagenkalender kent “XX” niet als land of regio.');
    const ann = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: '29:ann' } });
    expect(ann).toMatchObject({ pausedUntil: '2026-12-14', holidayRegion: 'NL' });
  });
});
