import { z } from 'zod';
import { beforeEach, expect, expectTypeOf, it } from 'vitest';
import { defineJob } from '../../src/app/jobs/define-job.ts';
import { pulseDmJob } from '../../src/app/jobs/pulse-dm.ts';
import { enqueueJob, enqueueJobs, type EnqueueInput } from '../../src/app/jobs/queue.ts';
import { JOBS } from '../../src/app/jobs/registry.ts';
import { runDueJobs } from '../../src/app/jobs/runner.ts';
import { appFixture, FIXTURE_START, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

const now = FIXTURE_START;

it('types a payload by its job: a payload of another shape does not compile', () => {
  type PulseDmInput = EnqueueInput<typeof pulseDmJob.payload>;
  expectTypeOf({ key: 'p', payload: { participationId: 'p' }, runAt: now }).toExtend<PulseDmInput>();
  expectTypeOf({ key: 'p', payload: { participationId: 1 }, runAt: now }).not.toExtend<PulseDmInput>();
  expectTypeOf({ key: 'p', payload: { roundId: 'r' }, runAt: now }).not.toExtend<PulseDmInput>();
});

it('registers each kind once', () => {
  const kinds = JOBS.map((job) => job.kind);
  expect(new Set(kinds).size).toBe(kinds.length);
});

describeEachDatabase('the job queue', (database) => {
  let app: AppFixture;
  let handled: { roundId: string; count: number }[];

  beforeEach(async () => {
    app = await appFixture(await database.fresh());
    handled = [];
  });

  /** A job whose schema turns the stored text into a number, so a test sees the handler gets the parsed payload. */
  const countJob = defineJob({
    kind: 'test-count',
    payload: z.object({ roundId: z.string(), count: z.coerce.number() }),
    async handle(_ctx, payload) {
      handled.push(payload);
    },
  });

  it('queues a key once, in one insert or many', async () => {
    const input = { key: 'r1', payload: { roundId: 'r1', count: '2' }, runAt: now };
    expect(await enqueueJob(app.ctx.db, countJob, input)).toBe(true);
    expect(await enqueueJob(app.ctx.db, countJob, input)).toBe(false);
    const keys = ['r1', 'r2', 'r3'];
    await enqueueJobs(
      app.ctx.db,
      countJob,
      keys.map((key) => ({ key, payload: { roundId: key, count: '1' }, runAt: now })),
    );
    await enqueueJobs(
      app.ctx.db,
      countJob,
      keys.map((key) => ({ key, payload: { roundId: key, count: '3' }, runAt: now })),
    );
    const rows = await app.ctx.db.job.findMany({ where: { kind: 'test-count' }, orderBy: { key: 'asc' } });
    expect(rows.map((row) => [row.key, JSON.parse(row.payload)])).toEqual([
      ['r1', { roundId: 'r1', count: '2' }],
      ['r2', { roundId: 'r2', count: '1' }],
      ['r3', { roundId: 'r3', count: '1' }],
    ]);
  });

  it('keeps the same key apart in different kinds', async () => {
    await enqueueJob(app.ctx.db, countJob, { key: 'p1', payload: { roundId: 'r', count: 1 }, runAt: now });
    const queued = await enqueueJob(app.ctx.db, pulseDmJob, {
      key: 'p1',
      payload: { participationId: 'p1' },
      runAt: now,
    });
    expect(queued).toBe(true);
  });

  it('hands the handler the payload as its schema parsed it', async () => {
    await enqueueJob(app.ctx.db, countJob, { key: 'r1', payload: { roundId: 'r1', count: '7' }, runAt: now });
    expect(await runDueJobs(app.ctx, [countJob], now)).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(handled).toEqual([{ roundId: 'r1', count: 7 }]);
  });

  it('never hands a handler a stored payload that does not fit its schema: the job is retried later', async () => {
    await app.ctx.db.job.create({
      data: { kind: 'test-count', key: 'bad', payload: JSON.stringify({ count: 1 }), runAt: now },
    });
    expect(await runDueJobs(app.ctx, [countJob], now)).toEqual({ done: 0, retried: 1, failed: 0 });
    expect(handled).toEqual([]);
    const row = await app.ctx.db.job.findFirstOrThrow({ where: { key: 'bad' } });
    expect(row.status).toBe('pending');
    expect(row.lastError).toContain('roundId');
  });
});
