import { beforeAll, expect, it } from 'vitest';
import { forgetExpiredRelays } from '../../src/app/comment-relay-retention.ts';
import { openReturnAddress } from '../../src/app/comment-relay-seal.ts';
import { RELAY_DM } from '../../src/app/jobs/relay-dm.ts';
import { PlatformSendError } from '../../src/app/ports.ts';
import { ownReplyThreads } from '../../src/app/comment-relay-rights.ts';
import { erasePerson, personalDataOf } from '../../src/app/data-rights.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { RELAY_DAYS } from '../../src/core/index.ts';
import { t } from '../../src/messages/index.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { carve, rawFiles } from '../support/raw-files.ts';
import { replyIdIn, roundWithRelayComments } from '../support/relay-fixture.ts';

const DAY = 86_400_000;
const AFTER_CLOSE = new Date(ROUNDS_CLOSED.getTime() + 3_600_000);
const AFTER_TERM = new Date(ROUNDS_CLOSED.getTime() + (RELAY_DAYS + 1) * DAY);

/**
 * What the bot keeps to relay, attacked as the other privacy promises are:
 * a sealed return address that names nobody without ENCRYPTION_KEY, that a
 * person's export lists and their erasure destroys, and that no copy of the
 * files holds once its term has passed.
 */
describeEachDatabase('return addresses of comments at rest', (database) => {
  let app: AppFixture;
  let url = '';
  let seeded: AnsweredRounds;
  let seals: { roundId: string; seal: string }[] = [];
  const person = (user: string) => seeded.org.people[user] ?? '';

  beforeAll(async () => {
    url = await database.fresh();
    app = await appFixture(url);
    seeded = await roundWithRelayComments(app);
    seals = (await app.ctx.db.comment.findMany({ where: { replySeal: { not: null } } })).map((c) => ({
      roundId: c.roundId,
      seal: c.replySeal ?? '',
    }));
  }, 120_000);

  it('keeps a return address only sealed: no comment row holds a person in clear, and no other key opens it', async () => {
    expect(seals).toHaveLength(2);
    const rows = JSON.stringify(await app.ctx.db.comment.findMany());
    const people = Object.entries(seeded.org.people).flatMap(([user, id]) => [user, id]);
    expect(people.filter((value) => rows.includes(value))).toEqual([]);
    if (database.provider === 'postgresql') {
      const table = carve(await (await rawFiles(url)).table('Comment'));
      expect(people.filter((value) => table.has(value))).toEqual([]);
    }
    const writers = seals.map(({ roundId, seal }) => openReturnAddress(app.ctx.settings, roundId, seal));
    expect(writers.sort()).toEqual([person('Care-0'), person('Care-1')].sort());
    expect(
      seals.map(({ roundId, seal }) => openReturnAddress({ digestSecret: 'another key' }, roundId, seal)),
    ).toEqual([undefined, undefined]);
    expect(seals.map(({ seal }) => openReturnAddress(app.ctx.settings, 'another round', seal))).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('lists a writer’s open conversations in their export, and only theirs', async () => {
    const own = await personalDataOf(app.ctx.db, person('Care-0'), app.ctx.settings);
    expect(own?.replyThreads).toEqual([
      { team: 'Care', comment: 'Our stand-ups run long', until: expect.any(String) },
    ]);
    const declined = await personalDataOf(app.ctx.db, person('Care-2'), app.ctx.settings);
    expect(declined?.replyThreads).toEqual([]);
  });

  it('erasing a writer destroys their return address, and nothing the leader sees changes', async () => {
    const services = createPulseServices({ ...app.ctx, clock: { now: () => AFTER_CLOSE } });
    const view = async () =>
      (await services.teamReport(person('Care-lead'), seeded.org.teams.Care ?? '')) as TeamReport;
    const before = await view();
    const erased = await erasePerson(app.ctx, person('Care-1'), {
      actorId: person('Care-1'),
      reason: 'own-request',
    });
    expect(erased?.replyAddresses).toBe(1);
    expect(await ownReplyThreads(app.ctx.db, app.ctx.settings, person('Care-1'))).toEqual([]);
    const after = await view();
    expect(after.comments).toEqual(before.comments);
    const id = replyIdIn(after, 'More focus time please');
    const sentBefore = app.platform.messages.length;
    expect((await services.replyToComment(person('Care-lead'), id, 'Still there?')).text).toBe(
      t('en', 'relay.sent'),
    );
    expect(app.platform.directSince(sentBefore)).toEqual([]);
  });

  it('names no writer in a relayed message waiting in the queue or failed for good, in its row or the raw table', async () => {
    const services = createPulseServices({ ...app.ctx, clock: { now: () => AFTER_CLOSE } });
    const report = (await services.teamReport(
      person('Care-lead'),
      seeded.org.teams.Care ?? '',
    )) as TeamReport;
    const id = replyIdIn(report, 'Our stand-ups run long');
    app.platform.failNext(new PlatformSendError('ratelimited', { retryAfterMs: 60_000 }));
    await services.replyToComment(person('Care-lead'), id, 'Waiting');
    app.platform.failNext(new PlatformSendError('not_allowed', { permanent: true }));
    await services.replyToComment(person('Care-lead'), id, 'Refused');
    const queued = await app.ctx.db.job.findMany({ where: { kind: RELAY_DM } });
    expect(queued.map((job) => job.status).sort()).toEqual(['failed', 'pending']);
    const writers = (
      await app.ctx.db.person.findMany({ where: { id: { not: person('Care-lead') } } })
    ).flatMap((p) => [p.id, p.platformUserId, ...(p.conversationRef ? [p.conversationRef] : [])]);
    const rows = JSON.stringify(queued);
    expect(writers.filter((value) => rows.includes(value))).toEqual([]);
    if (database.provider === 'postgresql') {
      const table = await (await rawFiles(url)).table('Job');
      expect(writers.filter((value) => table.includes(value) || carve(table).has(value))).toEqual([]);
    }
  });

  it('holds no return address in any copy of the files once its term has passed and retention ran', async () => {
    expect(await forgetExpiredRelays(app.ctx.db, AFTER_TERM)).toBe(2);
    expect(await app.ctx.db.job.count({ where: { kind: RELAY_DM } })).toBe(0); // queued messages go with their thread
    expect(await app.ctx.db.comment.count({ where: { replySeal: { not: null } } })).toBe(0);
    if (database.provider === 'postgresql') return; // dead tuples and the WAL keep old row versions: see docs/privacy.md
    const files = (await rawFiles(url)).all;
    const parts = seals.flatMap(({ seal }) => seal.split('.'));
    expect(parts.filter((part) => files.some((bytes) => bytes.includes(part)))).toEqual([]);
  });
});
