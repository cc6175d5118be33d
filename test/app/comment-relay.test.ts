import { beforeAll, describe, expect, it } from 'vitest';
import { forgetExpiredRelays } from '../../src/app/comment-relay-retention.ts';
import { RELAY_MESSAGES_PER_DAY } from '../../src/app/comment-relay.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { RELAY_DAYS } from '../../src/core/index.ts';
import { t } from '../../src/messages/index.ts';
import type { MessageDocument, TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { RELAY_COMMENTS, roundWithRelayComments } from '../support/relay-fixture.ts';

const DAY = 86_400_000;
const AFTER_CLOSE = new Date(ROUNDS_CLOSED.getTime() + 3_600_000);
const AFTER_TERM = new Date(ROUNDS_CLOSED.getTime() + (RELAY_DAYS + 1) * DAY);

/**
 * An anonymous conversation about a comment: the leader replies under a
 * released comment whose writer allowed it, the writer gets it by DM and
 * answers back, and the leader never learns who it is.
 */
describeEachDatabase('conversations about a comment', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  const person = (user: string) => seeded.org.people[user] ?? '';
  const lead = () => person('Care-lead');
  const services = (now: Date) => createPulseServices({ ...app.ctx, clock: { now: () => now } });
  /** Every id and platform id of the team's members: what a leader must never see about a writer. */
  const identities = () =>
    Object.entries(seeded.org.people)
      .filter(([user]) => user !== 'Care-lead')
      .flatMap(([user, id]) => [user, id]);

  async function leaderComments(now = AFTER_CLOSE) {
    const report = await services(now).teamReport(lead(), seeded.org.teams.Care ?? '');
    if (report.kind !== 'team-report') throw new Error('expected a team report');
    const comments = (report as TeamReport).comments;
    if (!comments || !('items' in comments)) throw new Error('expected released comments');
    return { report, items: comments.items, replyIds: comments.replyIds ?? [] };
  }
  const replyIdOf = async (text: string) => {
    const { items, replyIds } = await leaderComments();
    return replyIds[items.indexOf(text)] ?? '';
  };
  const lastTo = (user: string): MessageDocument | undefined => app.platform.directTo(user).at(-1)?.document;

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await roundWithRelayComments(app);
  }, 120_000);

  it('shows the leader a Reply beside each comment whose writer allowed replies, and nothing about who wrote it', async () => {
    const { report, items, replyIds } = await leaderComments();
    expect([...items].sort()).toEqual(RELAY_COMMENTS.map((c) => c.text).sort());
    for (const comment of RELAY_COMMENTS)
      expect(replyIds[items.indexOf(comment.text)] !== null).toBe(comment.allowReplies);
    const seen = JSON.stringify(report);
    expect(identities().filter((identity) => seen.includes(identity))).toEqual([]);
  });

  it('offers HR, who reads the same report, no Reply', async () => {
    const hr = await app.ctx.db.person.create({
      data: {
        organizationId: seeded.org.organizationId,
        platformUserId: 'Care-hr',
        displayName: 'HR',
        isHr: true,
      },
    });
    const report = await services(AFTER_CLOSE).teamReport(hr.id, seeded.org.teams.Care ?? '');
    const comments = (report as TeamReport).comments;
    expect(comments && 'items' in comments ? comments.replyIds : 'none').toBeUndefined();
    const notice = await services(AFTER_CLOSE).replyToComment(
      hr.id,
      await replyIdOf('More focus time please'),
      'Hi',
    );
    expect(notice.text).toBe(t('en', 'relay.notLeader'));
  });

  it('passes the leader’s reply to the writer alone, and the writer’s answer back without a name', async () => {
    const before = app.platform.messages.length;
    const sent = await services(AFTER_CLOSE).replyToComment(
      lead(),
      await replyIdOf('Our stand-ups run long'),
      'What would you cut?',
    );
    expect(sent).toMatchObject({ tone: 'success', text: t('en', 'relay.sent') });
    const delivered = app.platform.directSince(before);
    expect(delivered.map((d) => d.platformUserId)).toEqual(['Care-0']);
    const relayed = lastTo('Care-0');
    if (relayed?.kind !== 'relay') throw new Error('expected a relayed reply');
    expect(relayed).toMatchObject({ text: 'What would you cut?', respond: { verb: 'answer' } });

    const answered = await services(AFTER_CLOSE).answerOnThread(
      person('Care-0'),
      relayed.respond.id,
      'The round of updates',
    );
    expect(answered.text).toBe(t('en', 'relay.answered'));
    const toLeader = lastTo('Care-lead');
    if (toLeader?.kind !== 'relay') throw new Error('expected the answer at the leader');
    expect(toLeader.text).toBe('The round of updates');
    const seen = JSON.stringify(toLeader);
    expect(identities().filter((identity) => seen.includes(identity))).toEqual([]);
  });

  it('refuses an answer on someone else’s thread and sends nothing', async () => {
    await services(AFTER_CLOSE).replyToComment(
      lead(),
      await replyIdOf('Our stand-ups run long'),
      'Anything else?',
    );
    const relayed = lastTo('Care-0');
    if (relayed?.kind !== 'relay') throw new Error('expected a relayed reply');
    const before = app.platform.messages.length;
    const refused = await services(AFTER_CLOSE).answerOnThread(
      person('Care-1'),
      relayed.respond.id,
      'Not mine',
    );
    expect(refused).toMatchObject({ tone: 'warning', text: t('en', 'relay.notYours') });
    expect(app.platform.directSince(before)).toEqual([]);
  });

  it('lets a leader send a thread only a few messages a day, so replying cannot flood or fish', async () => {
    const id = await replyIdOf('More focus time please');
    const day = new Date(AFTER_CLOSE.getTime() + 2 * DAY);
    const notices = [];
    for (let i = 0; i <= RELAY_MESSAGES_PER_DAY; i++)
      notices.push((await services(day).replyToComment(lead(), id, `Message ${i}`)).text);
    expect(notices.at(-1)).toBe(t('en', 'relay.tooMany', { limit: RELAY_MESSAGES_PER_DAY }));
    expect(notices.slice(0, -1).every((text) => text === t('en', 'relay.sent'))).toBe(true);
    const nextDay = new Date(day.getTime() + DAY + 1);
    expect((await services(nextDay).replyToComment(lead(), id, 'Next day')).text).toBe(t('en', 'relay.sent'));
  });

  it('refuses a comment whose writer did not allow replies', async () => {
    const comment = await app.ctx.db.comment.findFirst({ where: { text: 'A great week with customers' } });
    const notice = await services(AFTER_CLOSE).replyToComment(lead(), comment?.id ?? '', 'Hello');
    expect(notice.text).toBe(t('en', 'relay.unavailable'));
  });

  describe('after the term', () => {
    it('refuses politely in the sender’s language, on both sides, and sends nothing', async () => {
      const id = await replyIdOf('Our stand-ups run long');
      const thread = await app.ctx.db.commentRelay.findUniqueOrThrow({ where: { commentId: id } });
      const before = app.platform.messages.length;
      expect((await services(AFTER_TERM).replyToComment(lead(), id, 'Late')).text).toBe(
        t('en', 'relay.expired', { days: RELAY_DAYS }),
      );
      await app.ctx.db.person.update({ where: { id: person('Care-0') }, data: { locale: 'nl' } });
      const dutch = await services(AFTER_TERM).answerOnThread(person('Care-0'), thread.id, 'Te laat');
      expect(dutch.text).toBe(t('nl', 'relay.expired', { days: RELAY_DAYS }));
      expect(dutch.text).toMatch(/gesprek is afgelopen/);
      expect(app.platform.directSince(before)).toEqual([]);
      expect((await leaderComments(AFTER_TERM)).replyIds.every((replyId) => replyId === null)).toBe(true);
    });

    it('destroys every return address and thread when retention runs', async () => {
      expect(await forgetExpiredRelays(app.ctx.db, AFTER_TERM)).toBe(2);
      expect(await app.ctx.db.comment.count({ where: { replySeal: { not: null } } })).toBe(0);
      expect(await app.ctx.db.commentRelay.count()).toBe(0);
      expect(await forgetExpiredRelays(app.ctx.db, AFTER_TERM)).toBe(0);
    });
  });
});
