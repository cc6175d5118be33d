import { beforeAll, expect, it } from 'vitest';
import { RELAY_MESSAGES_PER_DAY } from '../../src/app/comment-relay.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { t } from '../../src/messages/index.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { replyIdIn, roundWithRelayComments } from '../support/relay-fixture.ts';

const DAY = 86_400_000;
const AFTER_CLOSE = new Date(ROUNDS_CLOSED.getTime() + 3_600_000);

/**
 * Two leaders of one team answer the same comment at the same moment, or
 * one leader taps "Send" several times at once: one thread comes of it, and
 * the day's limit holds however the requests interleave.
 */
describeEachDatabase('replies to one comment at the same moment', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  let secondLeader = '';
  const person = (user: string) => seeded.org.people[user] ?? '';
  const services = (now: Date) => createPulseServices({ ...app.ctx, clock: { now: () => now } });

  async function replyIdOf(text: string): Promise<string> {
    const report = (await services(AFTER_CLOSE).teamReport(
      person('Care-lead'),
      seeded.org.teams.Care ?? '',
    )) as TeamReport;
    return replyIdIn(report, text);
  }

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await roundWithRelayComments(app);
    const second = await app.ctx.db.person.create({
      data: {
        organizationId: seeded.org.organizationId,
        platformUserId: 'Care-lead-2',
        displayName: 'Lead 2',
      },
    });
    await app.ctx.db.membership.create({
      data: { teamId: seeded.org.teams.Care ?? '', personId: second.id, role: 'leader' },
    });
    secondLeader = second.id;
  }, 120_000);

  it('makes one thread when two leaders reply at once, and passes both replies on', async () => {
    const id = await replyIdOf('Our stand-ups run long');
    const before = app.platform.messages.length;
    const notices = await Promise.all([
      services(AFTER_CLOSE).replyToComment(person('Care-lead'), id, 'From the first leader'),
      services(AFTER_CLOSE).replyToComment(secondLeader, id, 'From the second leader'),
    ]);
    expect(notices.map((notice) => notice.text)).toEqual([t('en', 'relay.sent'), t('en', 'relay.sent')]);
    expect(await app.ctx.db.commentRelay.count({ where: { commentId: id } })).toBe(1);
    const relayed = app.platform.directSince(before);
    expect(relayed.map((d) => d.platformUserId)).toEqual(['Care-0', 'Care-0']);
    const threads = new Set(relayed.map((d) => (d.document.kind === 'relay' ? d.document.respond.id : '')));
    expect(threads.size).toBe(1);
  });

  it('lets no more than the day’s messages through when one leader sends many at once', async () => {
    const id = await replyIdOf('More focus time please');
    const day = new Date(AFTER_CLOSE.getTime() + 2 * DAY);
    const before = app.platform.messages.length;
    const attempts = RELAY_MESSAGES_PER_DAY + 3;
    const notices = await Promise.all(
      Array.from({ length: attempts }, (_, i) =>
        services(day).replyToComment(i % 2 === 0 ? person('Care-lead') : secondLeader, id, `Message ${i}`),
      ),
    );
    const sent = notices.filter((notice) => notice.text === t('en', 'relay.sent'));
    const refused = notices.filter(
      (notice) => notice.text === t('en', 'relay.tooMany', { limit: RELAY_MESSAGES_PER_DAY }),
    );
    expect([sent.length, refused.length]).toEqual([
      RELAY_MESSAGES_PER_DAY,
      attempts - RELAY_MESSAGES_PER_DAY,
    ]);
    expect(app.platform.directSince(before)).toHaveLength(RELAY_MESSAGES_PER_DAY);
    expect(await app.ctx.db.commentRelay.count({ where: { commentId: id } })).toBe(1);
  });
});
