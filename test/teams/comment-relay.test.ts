import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import type { TeamsCloudStandin } from '../support/teams-cloud-standin.ts';
import { executeActions, signedActivity, tapActivity, teamsPeople, TEAMS_IDS } from './support/activities.ts';
import { addSupportTeam } from './support/support-team.ts';
import { startTeamsApp, type TeamsApp } from './support/teams-app.ts';

const { CLIENT_ID, TEAM, LEADER, LEADER_CHAT } = TEAMS_IDS;
const PEOPLE = teamsPeople(['lea', 'ann', 'bob', 'cas', 'dee', 'eve', 'fay']);
const ROSTER = [...PEOPLE, { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse', aadObjectId: 'aad-bot' }];
/** Three members comment; only Ann allows replies. */
const COMMENTS = [
  { person: '29:ann', text: 'Our stand-ups run long', allowReplies: 'true' },
  { person: '29:bob', text: 'More focus time please', allowReplies: 'false' },
  { person: '29:cas', text: 'A great week with customers', allowReplies: 'false' },
] as const;
const WRITER = '29:ann';

/**
 * An anonymous conversation on Teams, through the real messaging endpoint
 * with signed Bot Framework tokens: Ann allows replies on her comment, the
 * round closes, the leader replies on the report card, Ann gets the reply in
 * her chat and answers, and the leader gets the answer, never learning who.
 */
describeEachDatabase('a conversation about a comment on Teams', (database) => {
  let app: RunningApp;
  let cloud: TeamsCloudStandin;
  let teams: TeamsApp;
  /** What the leader was handed: invoke responses to their taps. */
  const leaderResponses: unknown[] = [];
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    await app.tick();
  };
  const chatOf = (personId: string) =>
    cloud.activities.filter(
      (item) =>
        item.conversationId === `a:1${personId}` ||
        (personId === LEADER && item.conversationId === LEADER_CHAT),
    );
  const chatWith = (personId: string) => (personId === LEADER ? LEADER_CHAT : `a:1${personId}`);
  const tap = async (personId: string, action: { verb: string; data: Record<string, unknown> }) => {
    const response = await signedActivity(
      app.url,
      cloud,
      tapActivity(personId, { id: chatWith(personId), conversationType: 'personal' }, action),
    );
    expect(response.status).toBe(200);
    return (await response.json()) as { type: string; value: unknown };
  };

  beforeAll(async () => {
    teams = await startTeamsApp(database, clock, {
      rosters: { [TEAM]: ROSTER },
      conversations: [LEADER_CHAT],
    });
    ({ app, cloud } = teams);
    await addSupportTeam(app, cloud, 'Lea');
    await at('2026-11-23T08:00:00Z');
    await at('2026-11-24T09:00:00Z');
  }, 120_000);

  afterAll(async () => {
    await teams?.close();
  });

  it('takes answers and comments, one of them allowing replies, from the cards', async () => {
    for (const person of PEOPLE.filter((p) => p.id !== LEADER).slice(0, 5)) {
      const card = chatOf(person.id).find((item) => executeActions(item.activity, 'pulse.answer').length > 0);
      const perStatement = new Map<string, { verb: string; data: Record<string, unknown> }>();
      for (const action of executeActions(card?.activity, 'pulse.answer'))
        if (!perStatement.has(String(action.data.s))) perStatement.set(String(action.data.s), action);
      for (const action of perStatement.values()) await tap(person.id, action);
      const comment = COMMENTS.find((c) => c.person === person.id);
      if (!comment) continue;
      const [box] = executeActions(card?.activity, 'pulse.comment');
      const told = await tap(person.id, {
        verb: box!.verb,
        data: { ...box!.data, comment: comment.text, allowReplies: comment.allowReplies },
      });
      expect(told.type).toBe('application/vnd.microsoft.activity.message');
    }
    expect(await app.store.db.comment.count({ where: { replySeal: { not: null } } })).toBe(1);
  });

  it(
    'passes the leader’s reply from the report card to the writer alone, and the answer back without a name',
    { timeout: 90_000 },
    async () => {
      await at('2026-11-27T09:00:00Z');
      const report = chatOf(LEADER).find((item) => executeActions(item.activity, 'relay.reply').length > 0);
      const replies = executeActions(report?.activity, 'relay.reply');
      expect(replies).toHaveLength(1); // only Ann's comment allows replies
      const reply = replies[0]!;
      const sentTo = new Map(PEOPLE.map((p) => [p.id, chatOf(p.id).length]));
      leaderResponses.push(
        await tap(LEADER, {
          verb: reply.verb,
          data: { ...reply.data, [String(reply.data.n)]: 'What would you cut?' },
        }),
      );
      expect(JSON.stringify(leaderResponses.at(-1))).toContain('passed on');

      const received = PEOPLE.filter((p) => chatOf(p.id).length > (sentTo.get(p.id) ?? 0)).map((p) => p.id);
      expect(received).toEqual([WRITER]);
      const relayed = chatOf(WRITER).at(-1)?.activity;
      expect(JSON.stringify(relayed)).toContain('What would you cut?');
      const [answer] = executeActions(relayed, 'relay.answer');
      const answeredNotice = await tap(WRITER, {
        verb: answer!.verb,
        data: { ...answer!.data, [String(answer!.data.n)]: 'The round of updates' },
      });
      expect(answeredNotice.type).toBe('application/vnd.microsoft.activity.message');

      const back = chatOf(LEADER).at(-1)?.activity;
      expect(JSON.stringify(back)).toContain('The round of updates');
      expect(executeActions(back, 'relay.reply')).toHaveLength(1); // the leader can reply again
    },
  );

  it('never hands the leader anything that names the writer', async () => {
    const writer = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: WRITER } });
    const identities = [WRITER, `a:1${WRITER}`, 'aad-ann', writer.id];
    const seen = JSON.stringify([...chatOf(LEADER).map((item) => item.activity), ...leaderResponses]);
    expect(identities.filter((identity) => seen.includes(identity))).toEqual([]);
  });
});
