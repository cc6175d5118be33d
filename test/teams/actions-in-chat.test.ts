import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderNudgePost } from '../../adapters/teams/render/nudge-post.ts';
import { ManualClock } from '../../src/app/clock.ts';
import type { RunningApp } from '../../src/main.ts';
import { buildNudgePost } from '../../src/messages/index.ts';
import { loadContentBank } from '../../src/model/index.ts';
import type { TeamsCloudStandin } from '../support/teams-cloud-standin.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { until } from '../support/wait-until.ts';
import { executeActions, signedActivity, tapActivity, teamsPeople, TEAMS_IDS } from './support/activities.ts';
import { addSupportTeam } from './support/support-team.ts';
import { startTeamsApp, type TeamsApp } from './support/teams-app.ts';

const { TENANT, TEAM, LEADER, LEADER_CHAT } = TEAMS_IDS;
const PEOPLE = teamsPeople(['lea', 'ann', 'bob']);
const IN_CHANNEL = { id: TEAM, conversationType: 'channel' } as const;
type Tap = { verb: string; data: Record<string, unknown> };
type InvokeBody = { type: string; value: unknown };

/**
 * Action plans on Teams, through the real messaging endpoint: the leader
 * taps "Make this an action" under the team's nudge, fills in the form card
 * that comes back, the channel hears of the action, and the owner's
 * check-in reaches them in their 1:1 chat, where "Done" closes it.
 */
describeEachDatabase('actions on Teams', (database) => {
  let app: RunningApp;
  let cloud: TeamsCloudStandin;
  let teams: TeamsApp;
  let makeAction: Tap;
  let form: string;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    await app.tick();
  };
  const tap = async (
    person: string,
    conversation: typeof IN_CHANNEL | { id: string; conversationType: 'personal' },
    action: Tap,
  ) => {
    const response = await signedActivity(app.url, cloud, tapActivity(person, conversation, action));
    expect(response.status).toBe(200);
    return (await response.json()) as InvokeBody;
  };

  beforeAll(async () => {
    teams = await startTeamsApp(database, clock, {
      rosters: { [TEAM]: PEOPLE },
      conversations: [LEADER_CHAT],
    });
    ({ app, cloud } = teams);
    await addSupportTeam(app, cloud, 'lea');
    await at('2026-11-23T08:00:00Z');
    // The team's nudge as it stands in its channel after a round: its card is the one the bot posts.
    const bank = loadContentBank();
    const nudge = bank.nudges.find((candidate) => candidate.audience === 'team')!;
    const team = await app.store.db.team.findFirstOrThrow({ where: { name: 'Support' } });
    const post = await app.store.db.nudgePost.create({
      data: {
        teamId: team.id,
        nudgeId: nudge.id,
        targetKind: nudge.target.kind,
        targetKey: nudge.target.key,
      },
    });
    const card = renderNudgePost(buildNudgePost({ nudge, postId: post.id, locale: 'en', content: bank }));
    [makeAction] = executeActions(card, 'action.form') as [Tap];
  });

  afterAll(async () => {
    await teams?.close();
  });

  it('answers the leader’s tap with the form: the team’s members as owners, the leader first', async () => {
    const body = await tap(LEADER, IN_CHANNEL, makeAction);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    form = JSON.stringify(body.value);
    const owners = /"type":"Input.ChoiceSet".*?"choices":(\[[^\]]*\])/.exec(form)?.[1];
    expect(JSON.parse(owners ?? '[]')).toEqual([
      { title: 'lea', value: LEADER },
      { title: 'ann', value: '29:ann' },
      { title: 'bob', value: '29:bob' },
    ]);
    expect(executeActions(body.value, 'action.create')).toHaveLength(1);
  });

  it('tells a member who is not the leader that only the leader makes actions', async () => {
    const body = await tap('29:ann', IN_CHANNEL, makeAction);
    expect(body.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(body.value)).toMatch(/^Sorry/);
  });

  it('makes the action from the filled-in form, shows the leader what was made and tells the channel', async () => {
    const [create] = executeActions(JSON.parse(form), 'action.create') as [Tap];
    const filled = (due: string) => ({
      verb: create.verb,
      data: {
        ...create.data,
        actionTitle: 'Call three customers back',
        actionOwner: '29:ann',
        actionDue: due,
      },
    });
    const past = await tap(LEADER, IN_CHANNEL, filled('2026-11-20'));
    expect(past.type).toBe('application/vnd.microsoft.activity.message');
    expect(await app.store.db.action.count()).toBe(0);

    const channelBefore = cloud.activities.filter((item) => item.conversationId === TEAM).length;
    const made = await tap(LEADER, IN_CHANNEL, filled('2026-12-01'));
    expect(made.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(made.value)).toContain('Call three customers back');
    const action = await app.store.db.action.findFirstOrThrow({ include: { owner: true } });
    expect(action).toMatchObject({ title: 'Call three customers back', dueOn: '2026-12-01', status: 'open' });
    expect(action.owner?.platformUserId).toBe('29:ann');
    const told = cloud.activities.filter((item) => item.conversationId === TEAM).slice(channelBefore);
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]?.activity)).toMatch(
      /new action for the team.*Call three customers back.*ann owns it/,
    );
  });

  it('answers the leader’s typed “action” with the form to pick an element, without a nudge', async () => {
    const before = cloud.activities.filter((item) => item.conversationId === LEADER_CHAT).length;
    const response = await signedActivity(app.url, cloud, {
      type: 'message',
      text: 'action',
      from: { id: LEADER },
      conversation: { id: LEADER_CHAT, conversationType: 'personal', tenantId: TENANT },
    });
    expect(response.status).toBe(200);
    const reply = cloud.activities.filter((item) => item.conversationId === LEADER_CHAT).slice(before);
    const team = await app.store.db.team.findFirstOrThrow({ where: { name: 'Support' } });
    expect(executeActions(reply[0]?.activity, 'action.create')).toEqual([
      { verb: 'action.create', data: { team: team.id } },
    ]);
    expect(JSON.stringify(reply[0]?.activity)).toContain('"id":"actionTarget"');
  });

  it('asks the owner in their 1:1 chat on the due date, and “Done” closes the action', async () => {
    clock.set(new Date('2026-12-01T10:00:00Z'));
    // The first tick queues the check-in, a later one sends it; on a loaded machine it may take a few.
    const checkIn = await until('the owner’s check-in', 60, async () => {
      await app.tick();
      return cloud.activities.find(
        (item) =>
          item.conversationId === 'a:129:ann' && executeActions(item.activity, 'action.done').length > 0,
      );
    });
    const [done] = executeActions(checkIn.activity, 'action.done') as [Tap];
    const body = await tap('29:ann', { id: 'a:129:ann', conversationType: 'personal' }, done);
    expect(body.type).toBe('application/vnd.microsoft.activity.message');
    expect(await app.store.db.action.findFirstOrThrow()).toMatchObject({ status: 'done' });
  });

  it('names “action” in the help of the leader, who may make one, and not of a member', async () => {
    const help = async (person: string, conversation: string, text = 'help') => {
      await signedActivity(app.url, cloud, {
        type: 'message',
        text,
        from: { id: person },
        conversation: { id: conversation, conversationType: 'personal', tenantId: TENANT },
      });
      const replies = cloud.activities.filter((item) => item.conversationId.split(';')[0] === conversation);
      return JSON.stringify(replies.at(-1)?.activity ?? {});
    };
    expect(await help(LEADER, LEADER_CHAT)).toContain('type action [team]');
    // An unknown command answers with the same help.
    expect(await help(LEADER, LEADER_CHAT, 'whatever')).toContain('type action [team]');
    // Ann's 1:1 chat is the one her check-in opened.
    const member = await help('29:ann', 'a:129:ann');
    expect(member).toContain('type report [team]');
    expect(member).not.toContain('type action');
  });
});
