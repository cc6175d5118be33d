import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import { runTeamCommand } from '../../src/cli/team-command.ts';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { startTeamsApp, type TeamsApp } from './support/teams-app.ts';
import { BLOCKED_BY_USER, type TeamsCloudStandin, type TokenClaims } from '../support/teams-cloud-standin.ts';
import { executeActions, signedActivity, tapActivity, teamsPeople, TEAMS_IDS } from './support/activities.ts';

const { CLIENT_ID, TENANT, TEAM, LEADER, LEADER_CHAT } = TEAMS_IDS;
const PEOPLE = teamsPeople(['lea', 'ann', 'bob', 'cas', 'dee', 'eve', 'fay', 'gil']);
const ROSTER = [
  ...PEOPLE,
  { id: '29:vic', name: 'Vic (guest)', aadObjectId: 'aad-vic', userRole: 'guest' as const },
  { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse', aadObjectId: 'aad-bot' },
];

describeEachDatabase('a full round on Teams, through the real messaging endpoint', (database) => {
  let app: RunningApp;
  let cloud: TeamsCloudStandin;
  let teams: TeamsApp;
  /** An answer tap from a card as it was before the round closed. */
  let staleTap: { person: string; action: { verb: string; data: Record<string, unknown> } } | undefined;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    await app.tick();
  };
  const send = (activity: Record<string, unknown>, claims?: TokenClaims) =>
    signedActivity(app.url, cloud, activity, claims);
  /** The 1:1 chats with people, by their id: every activity sent there, in order. */
  const chatOf = (personId: string) =>
    cloud.activities.filter(
      (item) =>
        item.conversationId === `a:1${personId}` ||
        (personId === LEADER && item.conversationId === LEADER_CHAT),
    );
  /** Each person's pulse card: the first activity in their chat with answer taps on it. */
  const pulseCards = () =>
    PEOPLE.map((person) => ({
      person: person.id,
      card: chatOf(person.id).find((item) => executeActions(item.activity, 'pulse.answer').length > 0),
    })).filter((entry) => entry.card !== undefined);

  beforeAll(async () => {
    teams = await startTeamsApp(database, clock, {
      rosters: { [TEAM]: ROSTER },
      conversations: [LEADER_CHAT],
    });
    ({ app, cloud } = teams);
  });

  afterAll(async () => {
    await teams?.close();
  });

  it('registers the tenant when the app is added to a team, its installer as first admin', async () => {
    const response = await send({
      type: 'installationUpdate',
      action: 'add',
      from: { id: LEADER, name: 'Lea' },
      conversation: { id: TEAM, conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM, name: 'Support' } },
    });
    expect(response.status).toBe(200);
    const org = await app.store.db.organization.findFirstOrThrow({ where: { platform: 'teams' } });
    expect(org.externalId).toBe(TENANT);
    const lea = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: LEADER } });
    expect(lea.isAdmin).toBe(true);
  });

  it('keeps what a person’s own message says about reaching them, and answers a typed command', async () => {
    const response = await send({
      type: 'message',
      text: 'help',
      from: { id: LEADER, name: 'Lea' },
      conversation: { id: LEADER_CHAT, conversationType: 'personal', tenantId: TENANT },
      locale: 'en-US',
      entities: [
        { type: 'clientInfo', locale: 'en-US', country: 'DE', platform: 'Web', timezone: 'Europe/Berlin' },
      ],
    });
    expect(response.status).toBe(200);
    const lea = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: LEADER } });
    expect(lea.timeZone).toBe('Europe/Berlin');
    expect(JSON.parse(lea.conversationRef ?? '{}')).toEqual({
      serviceUrl: cloud.serviceUrl.replace(/\/$/, ''),
      tenantId: TENANT,
      conversationId: LEADER_CHAT,
    });
    const reply = cloud.activities.filter((item) => item.conversationId === LEADER_CHAT).at(-1);
    expect(JSON.stringify(reply?.activity)).toContain('application/vnd.microsoft.card.adaptive');
  });

  it('takes a team from the command line, syncs its roster without guests or bots, and sends each member a card in a 1:1 chat', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    const code = await runTeamCommand(
      ['add', '--name', 'Support', '--channel', TEAM, '--leader', LEADER, '--platform', 'teams'],
      app.store.db,
      io,
    );
    expect(code).toBe(0);
    await at('2026-11-23T08:00:00Z');
    const members = await app.store.db.membership.findMany({ include: { person: true } });
    expect(members.map((member) => member.person.platformUserId).sort()).toEqual(
      PEOPLE.map((person) => person.id).sort(),
    );

    // One person has blocked the bot: their chat cannot be created, and nobody else is held up.
    cloud.failNext('create', BLOCKED_BY_USER);
    await at('2026-11-24T09:00:00Z');
    const cards = pulseCards();
    expect(cards).toHaveLength(PEOPLE.length - 1);
    expect(cards.map((entry) => entry.person)).toContain(LEADER);
    expect(cloud.requests.filter((request) => request.status === 403)).toHaveLength(1);
    expect(await app.store.db.job.count({ where: { kind: 'pulse-dm', status: 'failed' } })).toBe(1);
  });

  it('stores a tap as the person who tapped and answers with the refreshed card', async () => {
    const answering = pulseCards()
      .filter((entry) => entry.person !== LEADER)
      .slice(0, 5);
    for (const { person, card } of answering) {
      const perStatement = new Map<string, { verb: string; data: Record<string, unknown> }>();
      // One answer per statement: "agree" (4) where the scale has it, else its first option.
      for (const action of executeActions(card!.activity, 'pulse.answer')) {
        const statement = String(action.data.s);
        if (action.data.v === 4 || !perStatement.has(statement)) perStatement.set(statement, action);
      }
      for (const action of perStatement.values()) {
        const response = await send(
          tapActivity(person, { id: `a:1${person}`, conversationType: 'personal' }, action),
        );
        expect(response.status).toBe(200);
        const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
        expect(body.statusCode).toBe(200);
        expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
        expect(body.value).toMatchObject({ type: 'AdaptiveCard' });
      }
    }
    expect(await app.store.db.participation.count({ where: { answered: true } })).toBe(5);
  });

  it('takes a comment from the card’s comment box and thanks the person beside the card', async () => {
    const { person, card } = pulseCards().find((entry) => entry.person !== LEADER)!;
    const [action] = executeActions(card!.activity, 'pulse.comment');
    const withText = { verb: action!.verb, data: { ...action!.data, comment: 'More coffee.' } };
    const response = await send(
      tapActivity(person, { id: `a:1${person}`, conversationType: 'personal' }, withText),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    expect(await app.store.db.comment.count()).toBe(1);
  });

  it('refuses a forged or expired token with 401 and stores nothing', async () => {
    const before = await app.store.db.answer.count();
    const entry = pulseCards().find((item) => item.person === LEADER);
    const [action] = executeActions(entry!.card!.activity, 'pulse.answer');
    const tap = tapActivity(LEADER, { id: LEADER_CHAT, conversationType: 'personal' }, action!);
    expect((await send(tap, { forged: true })).status).toBe(401);
    expect((await send(tap, { expiresInSeconds: -600 })).status).toBe(401);
    expect(await app.store.db.answer.count()).toBe(before);
    expect(await app.store.db.leaderRating.count()).toBe(0);
  });

  it(
    'reminds only those who did not answer, then closes every card, reports to the leader with the chart and nudges the channel',
    { timeout: 90_000 },
    async () => {
      const answered = new Set(
        (
          await app.store.db.participation.findMany({ where: { answered: true }, include: { person: true } })
        ).map((row) => row.person.platformUserId),
      );
      const cards = pulseCards();
      const sentBefore = new Map(cards.map(({ person }) => [person, chatOf(person).length]));
      await at('2026-11-25T09:00:00Z');
      const reminded = cards
        .filter(({ person }) => chatOf(person).length > (sentBefore.get(person) ?? 0))
        .map(({ person }) => person);
      expect(reminded).toHaveLength(2);
      expect(reminded.sort()).toEqual(
        cards
          .map(({ person }) => person)
          .filter((person) => !answered.has(person))
          .sort(),
      );

      const open = cards.find((entry) => entry.person !== LEADER)!;
      staleTap = { person: open.person, action: executeActions(open.card!.activity, 'pulse.answer')[0]! };
      await at('2026-11-27T09:00:00Z');
      for (const { card } of cards) {
        expect(card!.updates).toBeGreaterThan(0);
        expect(executeActions(card!.activity, 'pulse.answer')).toEqual([]);
      }
      const report = chatOf(LEADER).at(-1)?.activity as {
        attachments?: { contentType: string; contentUrl?: string }[];
      };
      expect(JSON.stringify(report)).toContain('Support');
      const chart = report.attachments?.find((attachment) => attachment.contentType === 'image/png');
      expect(chart?.contentUrl).toMatch(/^data:image\/png;base64,iVBOR/);
      const nudge = cloud.activities.find((item) => item.conversationId === TEAM);
      expect(nudge).toBeDefined();
      expect(executeActions(nudge!.activity, 'nudge.did-this')).toHaveLength(1);
    },
  );

  it('opens the dashboard link in the leader’s report as that leader', async () => {
    const report = JSON.stringify(chatOf(LEADER).at(-1)?.activity);
    const link = /"type":"Action.OpenUrl","title":"[^"]*","url":"([^"]+)"/.exec(report)?.[1];
    expect(link).toContain('/dashboard/teams/');
    const opened = await fetch(link!);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('<h1>Support</h1>');
  });

  it('answers the leader’s typed report with the team’s report and its chart', async () => {
    const response = await send({
      type: 'message',
      // The leader installed the app, so is an admin too: without a team name, the organisation.
      text: 'report support',
      from: { id: LEADER },
      conversation: { id: LEADER_CHAT, conversationType: 'personal', tenantId: TENANT },
    });
    expect(response.status).toBe(200);
    const reply = chatOf(LEADER).at(-1)?.activity as { attachments?: { contentType: string }[] };
    expect(JSON.stringify(reply)).toContain('Support');
    expect(reply.attachments?.map((attachment) => attachment.contentType)).toEqual([
      'application/vnd.microsoft.card.adaptive',
      'image/png',
    ]);
  });

  it('tells someone who taps a closed round’s card that it has closed, in an invoke message', async () => {
    const { person, action } = staleTap!;
    const before = await app.store.db.answer.count();
    const response = await send(
      tapActivity(person, { id: `a:1${person}`, conversationType: 'personal' }, action!),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { type: string; value: string };
    expect(body.type).toBe('application/vnd.microsoft.activity.message');
    expect(body.value).toMatch(/closed|expired/i);
    expect(await app.store.db.answer.count()).toBe(before);
  });

  it('takes “we did this” on the nudge from a member and refreshes the post', async () => {
    const nudge = cloud.activities.find((item) => item.conversationId === TEAM);
    const [action] = executeActions(nudge!.activity, 'nudge.did-this');
    const response = await send(tapActivity('29:ann', { id: TEAM, conversationType: 'channel' }, action!));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { type: string }).type).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    expect(await app.store.db.nudgeFeedback.count()).toBe(1);
  });

  it('stops the tenant’s teams when the app is removed from the team, and resumes them when it is added again', async () => {
    const response = await send({
      type: 'installationUpdate',
      action: 'remove',
      from: { id: LEADER },
      conversation: { id: TEAM, conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM } },
    });
    expect(response.status).toBe(200);
    expect(await app.store.db.team.count({ where: { active: true } })).toBe(0);

    // Added again, the teams that ran before run again.
    const again = await send({
      type: 'installationUpdate',
      action: 'add',
      from: { id: LEADER },
      conversation: { id: TEAM, conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM } },
    });
    expect(again.status).toBe(200);
    expect(await app.store.db.team.count({ where: { active: true } })).toBe(1);
  });
});
