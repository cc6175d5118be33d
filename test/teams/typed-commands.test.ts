import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { startTeamsApp, type TeamsApp } from './support/teams-app.ts';
import type { TeamsCloudStandin } from '../support/teams-cloud-standin.ts';
import { signedActivity, teamsPeople, TEAMS_IDS } from './support/activities.ts';

const { CLIENT_ID, TENANT, TEAM, LEADER } = TEAMS_IDS;
const CARE = '19:care@thread.tacv2';
const BOB_CHAT = 'a:bob-chat';

describeEachDatabase('typing to the bot in Teams', (database) => {
  let app: RunningApp;
  let cloud: TeamsCloudStandin;
  let teams: TeamsApp;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const bot = { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse' };
  const inChannel = (from: string, text: string, mentions: { id: string; name: string }[] = []) =>
    signedActivity(app.url, cloud, {
      type: 'message',
      text: [`<at>${bot.name}</at>`, text, ...mentions.map((m) => `<at>${m.name}</at>`)].join(' '),
      from: { id: from },
      conversation: { id: `${CARE};messageid=1700`, conversationType: 'channel', tenantId: TENANT },
      channelData: {
        tenant: { id: TENANT },
        team: { id: TEAM, name: 'Support' },
        channel: { id: CARE, name: 'care' },
      },
      entities: [bot, ...mentions].map((mentioned) => ({
        type: 'mention',
        mentioned,
        text: `<at>${mentioned.name}</at>`,
      })),
    });
  const toBot = (from: string, text: string, extra: Record<string, unknown> = {}) =>
    signedActivity(app.url, cloud, {
      type: 'message',
      text,
      from: { id: from },
      conversation: { id: BOB_CHAT, conversationType: 'personal', tenantId: TENANT },
      ...extra,
    });
  /** The text of the last card the bot sent into a conversation. */
  const lastReply = (conversationId: string) =>
    JSON.stringify(
      cloud.activities.filter((item) => item.conversationId.split(';')[0] === conversationId).at(-1)
        ?.activity ?? {},
    );

  beforeAll(async () => {
    teams = await startTeamsApp(database, clock, {
      // Care is a standard channel of the team: Teams lists the team's members for it.
      rosters: { [TEAM]: teamsPeople(['lea', 'ann', 'bob', 'fay', 'gus']) },
      conversations: [CARE, BOB_CHAT, 'a:lea-help'],
    });
    ({ app, cloud } = teams);
    const installed = await signedActivity(app.url, cloud, {
      type: 'conversationUpdate',
      from: { id: LEADER },
      membersAdded: [bot],
      conversation: { id: TEAM, conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM, name: 'Support' } },
    });
    expect(installed.status).toBe(200);
  });

  afterAll(async () => {
    await teams?.close();
  });

  it('answers someone it does not know yet that they are in no team', async () => {
    expect((await toBot('29:bob', 'settings')).status).toBe(200);
    expect(lastReply(BOB_CHAT)).toContain('team');
    expect(await app.store.db.person.count({ where: { platformUserId: '29:bob' } })).toBe(0);
  });

  it('lets the admin register the channel it is typed in as a team, with the person @mentioned as leader', async () => {
    expect((await inChannel(LEADER, 'team add', [{ id: '29:ann', name: 'Ann' }])).status).toBe(200);
    const team = await app.store.db.team.findFirstOrThrow({ where: { channelId: CARE } });
    // Its members come from the Teams team the channel is in, so the team's changes reach it.
    expect(team).toMatchObject({ name: 'care', source: 'group', sourceId: TEAM, active: true });
    const leaders = await app.store.db.membership.findMany({
      where: { teamId: team.id, role: 'leader' },
      include: { person: true },
    });
    expect(leaders.map((row) => row.person.platformUserId)).toEqual(['29:ann']);
    expect(lastReply(CARE)).toContain('Team “care” is set up');

    await app.tick();
    expect(await app.store.db.membership.count({ where: { teamId: team.id } })).toBe(5);
  });

  it('refuses team add from someone who is not an admin, and sets up nothing', async () => {
    const before = await app.store.db.team.count();
    expect((await inChannel('29:bob', 'team add')).status).toBe(200);
    expect(await app.store.db.team.count()).toBe(before);
    expect(lastReply(CARE)).toContain('❌');
  });

  it('lets the admin give roles to people @mentioned in the channel, and tells how when no one is', async () => {
    await inChannel(LEADER, 'hr', [{ id: '29:ann', name: 'Ann' }]);
    expect(lastReply(CARE)).toContain('the role is assigned');
    await inChannel(LEADER, 'leader', [{ id: '29:bob', name: 'Bob' }]);
    const care = await app.store.db.team.findFirstOrThrow({ where: { channelId: CARE } });
    const people = await app.store.db.person.findMany({ include: { memberships: true } });
    const of = (id: string) => people.find((person) => person.platformUserId === id);
    expect(of('29:ann')?.isHr).toBe(true);
    expect(of('29:bob')?.memberships.find((row) => row.teamId === care.id)?.role).toBe('leader');

    await inChannel(LEADER, 'admin');
    expect(lastReply(CARE)).toContain('team add @leader · leader @person · hr @person · admin @person');
    expect(await app.store.db.person.count({ where: { platformUserId: '' } })).toBe(0);
    await signedActivity(app.url, cloud, {
      type: 'message',
      text: 'help',
      from: { id: LEADER },
      conversation: { id: 'a:lea-help', conversationType: 'personal', tenantId: TENANT },
    });
    expect(lastReply('a:lea-help')).toContain('typed to @Excellence Pulse in the team’s channel');
  });

  it('takes a language the person chose over the one their client reports later', async () => {
    await toBot('29:bob', 'language nl');
    expect(lastReply(BOB_CHAT)).toContain('Nederlands');
    await toBot('29:bob', 'pause', {
      locale: 'en-US',
      entities: [
        { type: 'clientInfo', locale: 'en-US', country: 'PT', platform: 'Web', timezone: 'Europe/Lisbon' },
      ],
    });
    const bob = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: '29:bob' } });
    expect(bob).toMatchObject({ locale: 'nl', timeZone: 'Europe/Lisbon', paused: true });
    expect(lastReply(BOB_CHAT)).toContain('op pauze');
  });

  it('leaves the time zone alone when the client reports one that does not exist', async () => {
    await toBot('29:bob', 'settings', {
      entities: [
        { type: 'clientInfo', locale: 'nl-NL', country: 'NL', platform: 'Web', timezone: 'Mars/Olympus' },
      ],
    });
    const bob = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: '29:bob' } });
    expect(bob.timeZone).toBe('Europe/Lisbon');
  });

  it('takes the client’s language for someone who never chose one', async () => {
    await toBot('29:ann', 'resume', { locale: 'nl-NL' });
    const ann = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: '29:ann' } });
    expect(ann.locale).toBe('nl');
  });

  it('gives everyone a link to what is kept about them, and HR the organisation CSV, each opening for them', async () => {
    await toBot('29:bob', 'export');
    const own = /"url":"([^"]+\/dashboard\/my-data[^"]*)"/.exec(lastReply(BOB_CHAT))?.[1];
    expect(own).toBeDefined();
    const mine = await fetch(own!);
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ person: { platformUserId: '29:bob' } });
    await app.store.db.person.updateMany({ where: { platformUserId: '29:bob' }, data: { isHr: true } });
    await toBot('29:bob', 'export');
    const link = /"url":"([^"]+\/dashboard\/org\/csv[^"]*)"/.exec(lastReply(BOB_CHAT))?.[1];
    expect(link).toBeDefined();
    const csv = await fetch(link!);
    expect(csv.status).toBe(200);
  });

  it('answers an unknown command with the help, and keeps personal commands out of a channel', async () => {
    await toBot('29:bob', 'hello there');
    expect(lastReply(BOB_CHAT)).toContain('hello');
    await inChannel('29:bob', 'pause');
    const bob = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: '29:bob' } });
    expect(bob.paused).toBe(true);
    await inChannel('29:bob', 'resume');
    expect((await app.store.db.person.findFirstOrThrow({ where: { platformUserId: '29:bob' } })).paused).toBe(
      true,
    );
  });

  it('answers a message Teams delivers twice only once', async () => {
    const repeated = { id: 'activity-twice' };
    const replies = () => cloud.activities.filter((item) => item.conversationId === BOB_CHAT).length;
    const before = replies();
    expect((await toBot('29:bob', 'privacy', repeated)).status).toBe(200);
    expect((await toBot('29:bob', 'privacy', repeated)).status).toBe(200);
    expect(replies()).toBe(before + 1);
  });

  it('syncs the team on the next tick when people join its team in Teams', async () => {
    const support = await app.store.db.team.create({
      data: {
        organizationId: (await app.store.db.organization.findFirstOrThrow()).id,
        name: 'Support',
        channelId: TEAM,
        source: 'channel',
        sourceId: TEAM,
      },
    });
    const joined = await signedActivity(app.url, cloud, {
      type: 'conversationUpdate',
      from: { id: LEADER },
      membersAdded: [{ id: '29:fay' }],
      conversation: { id: TEAM, conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM, name: 'Support' } },
    });
    expect(joined.status).toBe(200);
    expect(
      await app.store.db.job.count({
        where: { kind: 'sync-team', key: { contains: `${support.id}/soon/` } },
      }),
    ).toBe(1);
    await app.tick();
    const queued = await app.store.db.job.findFirstOrThrow({
      where: { key: { contains: `${support.id}/soon/` } },
    });
    expect(queued.status).toBe('done');
    const members = await app.store.db.membership.findMany({
      where: { teamId: support.id },
      include: { person: true },
    });
    expect(members.map((row) => row.person.platformUserId).sort()).toEqual(
      ['29:ann', '29:bob', '29:fay', '29:gus', '29:lea'].sort(),
    );
  });
});
