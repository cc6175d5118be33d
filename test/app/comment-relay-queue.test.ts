import { beforeAll, expect, it } from 'vitest';
import { erasePerson } from '../../src/app/data-rights.ts';
import { RELAY_DM } from '../../src/app/jobs/relay-dm.ts';
import { JOBS } from '../../src/app/jobs/registry.ts';
import { runDueJobs } from '../../src/app/jobs/runner.ts';
import { PlatformSendError } from '../../src/app/ports.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { tick } from '../../src/app/tick.ts';
import { RELAY_DAYS } from '../../src/core/index.ts';
import { t } from '../../src/messages/index.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { carve, rawFiles } from '../support/raw-files.ts';
import { replyIdIn, roundWithRelayComments } from '../support/relay-fixture.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const AFTER_CLOSE = new Date(ROUNDS_CLOSED.getTime() + 3_600_000);
const AFTER_TERM = new Date(ROUNDS_CLOSED.getTime() + (RELAY_DAYS + 1) * DAY);

/**
 * A relayed message the platform does not take at first is queued and
 * retried like every DM, never dropped; the queued row names nobody, and a
 * conversation that ended while the message waited sends nothing.
 */
describeEachDatabase('relayed messages through the job queue', (database) => {
  let app: AppFixture;
  let url = '';
  let seeded: AnsweredRounds;
  const person = (user: string) => seeded.org.people[user] ?? '';
  const services = (now: Date) => createPulseServices({ ...app.ctx, clock: { now: () => now } });
  const relayJobs = () => app.ctx.db.job.findMany({ where: { kind: RELAY_DM } });
  /** Every user id, person id and conversation reference of the members: what a queued row must not hold. */
  const identities = async () =>
    (await app.ctx.db.person.findMany({ where: { id: { not: person('Care-lead') } } })).flatMap((p) => [
      p.id,
      p.platformUserId,
      ...(p.conversationRef ? [p.conversationRef] : []),
    ]);
  const relayedSince = (index: number) =>
    app.platform.directSince(index).filter((message) => message.document.kind === 'relay');

  async function replyIdOf(text: string): Promise<string> {
    const report = (await services(AFTER_CLOSE).teamReport(
      person('Care-lead'),
      seeded.org.teams.Care ?? '',
    )) as TeamReport;
    return replyIdIn(report, text);
  }

  beforeAll(async () => {
    url = await database.fresh();
    app = await appFixture(url);
    seeded = await roundWithRelayComments(app);
  }, 120_000);

  it('retries a reply the platform refused, and the writer receives it after the wait it asked for', async () => {
    app.platform.failNext(new PlatformSendError('ratelimited', { retryAfterMs: MINUTE }));
    const before = app.platform.messages.length;
    const notice = await services(AFTER_CLOSE).replyToComment(
      person('Care-lead'),
      await replyIdOf('Our stand-ups run long'),
      'What would you cut?',
    );
    expect(notice.text).toBe(t('en', 'relay.sent'));
    expect(app.platform.directSince(before)).toEqual([]);
    expect((await relayJobs()).map((job) => job.status)).toEqual(['pending']);

    await tick(app.ctx, new Date(AFTER_CLOSE.getTime() + MINUTE / 2));
    expect(app.platform.directSince(before)).toEqual([]);
    await tick(app.ctx, new Date(AFTER_CLOSE.getTime() + 2 * MINUTE));
    const delivered = app.platform.directSince(before);
    expect(delivered.map((d) => [d.platformUserId, d.document.kind])).toEqual([['Care-0', 'relay']]);
    expect(delivered[0]?.document).toMatchObject({ text: 'What would you cut?' });
    expect(await relayJobs()).toEqual([]); // the text is gone once delivered
  });

  it('retries the writer’s answer to the leader the same way', async () => {
    const relayed = app.platform.directTo('Care-0').at(-1)?.document;
    if (relayed?.kind !== 'relay') throw new Error('expected a relayed reply');
    app.platform.failNext(new Error('socket hang up'), new Error('socket hang up'));
    const before = app.platform.messages.length;
    const answered = await services(AFTER_CLOSE).answerOnThread(
      person('Care-0'),
      relayed.respond.id,
      'The round of updates',
    );
    expect(answered.text).toBe(t('en', 'relay.answered'));
    for (let minutes = 1; minutes <= 10 && app.platform.directSince(before).length === 0; minutes++)
      await tick(app.ctx, new Date(AFTER_CLOSE.getTime() + minutes * MINUTE));
    expect(app.platform.directSince(before).map((d) => [d.platformUserId, d.document.kind])).toEqual([
      ['Care-lead', 'relay'],
    ]);
  });

  it('keeps no one’s id in a queued message, in its row or in the raw table', async () => {
    // Told to wait days: the message is still waiting when the conversation ends (the last test).
    app.platform.failNext(new PlatformSendError('ratelimited', { retryAfterMs: 10 * DAY }));
    await services(AFTER_CLOSE).replyToComment(
      person('Care-lead'),
      await replyIdOf('More focus time please'),
      'Tell me more',
    );
    const [pending] = await relayJobs();
    expect(pending?.status).toBe('pending');
    expect(JSON.parse(pending?.payload ?? '{}')).toEqual({
      threadId: expect.any(String),
      to: 'writer',
      text: 'Tell me more',
    });
    const people = await identities();
    const rows = JSON.stringify(
      await app.ctx.db.job.findMany({ where: { status: { in: ['pending', 'failed'] } } }),
    );
    expect(people.filter((value) => rows.includes(value))).toEqual([]);
    if (database.provider === 'postgresql') {
      const table = await (await rawFiles(url)).table('Job');
      const carved = carve(table);
      expect(people.filter((value) => carved.has(value) || table.includes(value))).toEqual([]);
    }
  });

  it('sends nothing when the writer was erased while the reply waited', async () => {
    app.platform.failNext(new PlatformSendError('ratelimited', { retryAfterMs: MINUTE }));
    await services(AFTER_CLOSE).replyToComment(
      person('Care-lead'),
      await replyIdOf('Our stand-ups run long'),
      'Are you still there?',
    );
    expect(await relayJobs()).toHaveLength(2);
    await erasePerson(app.ctx, person('Care-0'), { actorId: person('Care-0'), reason: 'own-request' });
    const before = app.platform.messages.length;
    const result = await runDueJobs(app.ctx, JOBS, new Date(AFTER_CLOSE.getTime() + 2 * MINUTE));
    expect(result).toMatchObject({ failed: 0, retried: 0 });
    expect(relayedSince(before)).toEqual([]);
    expect(await relayJobs()).toHaveLength(1); // the other thread's message still waits
  });

  it('sends nothing, once and for good, when the conversation ended while the message waited', async () => {
    const before = app.platform.messages.length;
    expect(await relayJobs()).toHaveLength(1);
    // Only the queued work, before retention destroys the thread: the message itself finds the term over.
    const result = await runDueJobs(app.ctx, JOBS, AFTER_TERM);
    expect(relayedSince(before)).toEqual([]);
    expect(result).toMatchObject({ failed: 0, retried: 0 });
    expect(await relayJobs()).toEqual([]);
    expect(await app.ctx.db.commentRelay.count()).toBeGreaterThan(0);
    await tick(app.ctx, new Date(AFTER_TERM.getTime() + DAY));
    expect(relayedSince(before)).toEqual([]);
  });
});
