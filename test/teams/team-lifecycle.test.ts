import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import type { TeamsCloudStandin, TeamsMember } from '../support/teams-cloud-standin.ts';
import { signedActivity, teamsPeople, TEAMS_IDS } from './support/activities.ts';
import { startTeamsApp, type TeamsApp } from './support/teams-app.ts';

const { TENANT, LEADER } = TEAMS_IDS;
/** Two Teams teams of one tenant; a team's id is its General channel's conversation id. */
const ALPHA = '19:alpha-general@thread.tacv2';
const ALPHA_DESIGN = '19:alpha-design@thread.tacv2';
const BETA = '19:beta-general@thread.tacv2';
/** A third team with the app in it and, at first, no pulse team. */
const GAMMA = '19:gamma-general@thread.tacv2';

describeEachDatabase('Teams teams: members and the app’s removal, team by team', (database) => {
  let app: RunningApp;
  let cloud: TeamsCloudStandin;
  let teams: TeamsApp;
  // The stand-in reads the rosters at each request, so changing them here is Teams changing a team.
  const alpha: TeamsMember[] = teamsPeople(['lea', 'ann', 'bob']);
  const beta: TeamsMember[] = teamsPeople(['lea', 'cas', 'dee']);
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    await app.tick();
  };
  const send = (activity: Record<string, unknown>) => signedActivity(app.url, cloud, activity);
  const inTeam = (team: string, name: string, channel = { id: team, name: 'General' }) => ({
    conversation: { id: channel.id, conversationType: 'channel', tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: team, name }, channel },
  });
  const install = (action: 'add' | 'remove', team: string) =>
    send({ type: 'installationUpdate', action, from: { id: LEADER }, ...inTeam(team, team) });
  const teamAdd = (team: string, channel: { id: string; name: string }) =>
    send({
      type: 'message',
      text: '<at>Excellence Pulse</at> team add',
      from: { id: LEADER },
      ...inTeam(team, team, channel),
    });
  const membersOf = async (name: string) =>
    (
      await app.store.db.membership.findMany({
        where: { team: { name }, leftAt: null },
        include: { person: true },
      })
    )
      .map((membership) => membership.person.platformUserId)
      .sort();
  const running = async () =>
    (await app.store.db.team.findMany({ where: { active: true }, orderBy: { name: 'asc' } })).map(
      (team) => team.name,
    );

  beforeAll(async () => {
    teams = await startTeamsApp(database, clock, {
      rosters: { [ALPHA]: alpha, [BETA]: beta, [GAMMA]: teamsPeople(['lea', 'gus']) },
      conversations: [ALPHA_DESIGN],
    });
    ({ app, cloud } = teams);
    expect((await install('add', ALPHA)).status).toBe(200);
    expect((await install('add', BETA)).status).toBe(200);
    expect((await install('add', GAMMA)).status).toBe(200);
    // Alpha's pulse team lives in its Design channel, Beta's in its General channel.
    expect((await teamAdd(ALPHA, { id: ALPHA_DESIGN, name: 'Design' })).status).toBe(200);
    expect((await teamAdd(BETA, { id: BETA, name: 'Beta general' })).status).toBe(200);
    await at('2026-11-23T08:00:00Z');
  });

  afterAll(async () => {
    await teams?.close();
  });

  it('takes a pulse team typed in a channel other than General from its Teams team', async () => {
    expect(await running()).toEqual(['Beta general', 'Design']);
    expect(await membersOf('Design')).toEqual(['29:ann', '29:bob', '29:lea']);
    expect(await membersOf('Beta general')).toEqual(['29:cas', '29:dee', '29:lea']);
  });

  it('syncs the pulse team of a non-General channel on the next tick when people join or leave its team', async () => {
    alpha.push(...teamsPeople(['nia']));
    const joined = {
      type: 'conversationUpdate',
      from: { id: LEADER },
      membersAdded: [{ id: '29:nia' }],
      ...inTeam(ALPHA, 'Alpha'),
    };
    expect((await send(joined)).status).toBe(200);
    // Within the hour of the last sync: only the event brings Nia in.
    await at('2026-11-23T08:10:00Z');
    expect(await membersOf('Design')).toEqual(['29:ann', '29:bob', '29:lea', '29:nia']);

    alpha.splice(
      alpha.findIndex((member) => member.id === '29:bob'),
      1,
    );
    const left = {
      type: 'conversationUpdate',
      from: { id: LEADER },
      membersRemoved: [{ id: '29:bob' }],
      ...inTeam(ALPHA, 'Alpha'),
    };
    expect((await send(left)).status).toBe(200);
    await at('2026-11-23T08:20:00Z');
    expect(await membersOf('Design')).toEqual(['29:ann', '29:lea', '29:nia']);
    expect(await membersOf('Beta general')).toEqual(['29:cas', '29:dee', '29:lea']);
  });

  it('stops only the pulse teams of the Teams team the app was removed from, and resumes them when it is added again', async () => {
    clock.set(new Date('2026-11-23T08:30:00Z'));
    expect((await install('remove', ALPHA)).status).toBe(200);
    expect(await running()).toEqual(['Beta general']);

    clock.set(new Date('2026-11-23T08:40:00Z'));
    expect((await install('add', ALPHA)).status).toBe(200);
    expect(await running()).toEqual(['Beta general', 'Design']);
  });

  it('counts the tenant as removed after its last running team, and added to one team again, resumes only that one', async () => {
    clock.set(new Date('2026-11-23T08:50:00Z'));
    await install('remove', BETA);
    clock.set(new Date('2026-11-23T08:51:00Z'));
    await install('remove', ALPHA);
    expect(await running()).toEqual([]);
    const requestsWhileRemoved = cloud.requests.length;
    // The next hour's sync finds no team to sync and sends nothing to the tenant.
    await at('2026-11-23T09:05:00Z');
    expect(cloud.requests).toHaveLength(requestsWhileRemoved);

    beta.push(...teamsPeople(['eli']));
    clock.set(new Date('2026-11-23T09:10:00Z'));
    expect((await install('add', BETA)).status).toBe(200);
    expect(await running()).toEqual(['Beta general']);
    // The tenant is reachable again: the next hour's sync of Beta's team reads its roster.
    await at('2026-11-23T10:00:00Z');
    expect(await membersOf('Beta general')).toEqual(['29:cas', '29:dee', '29:eli', '29:lea']);
  });

  it('connects the tenant again when an admin types team add in a team the app never left', async () => {
    clock.set(new Date('2026-11-23T10:10:00Z'));
    await install('remove', BETA);
    expect(await running()).toEqual([]);
    clock.set(new Date('2026-11-23T10:20:00Z'));
    expect((await teamAdd(GAMMA, { id: GAMMA, name: 'Gamma general' })).status).toBe(200);
    await at('2026-11-23T10:20:00Z');
    expect(await running()).toEqual(['Gamma general']);
    expect(await membersOf('Gamma general')).toEqual(['29:gus', '29:lea']);
  });
});
