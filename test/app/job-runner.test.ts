import { z } from 'zod';
import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import type { AppContext } from '../../src/app/context.ts';
import { defineJob } from '../../src/app/jobs/define-job.ts';
import { enqueueJobs, LEASE_MS } from '../../src/app/jobs/queue.ts';
import { runDueJobs } from '../../src/app/jobs/runner.ts';
import { appFixture, FIXTURE_START, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

const KEYS = Array.from({ length: 10 }, (_, i) => `dm-${i + 1}`);
const now = FIXTURE_START;

describeEachDatabase('the job runner across a stop or a crash', (database) => {
  let app: AppFixture;
  let sent: string[];

  beforeEach(async () => {
    app = await appFixture(await database.fresh());
    sent = [];
    await enqueueJobs(
      app.ctx.db,
      dmJob(),
      KEYS.map((key) => ({ key, payload: { key }, runAt: now })),
    );
  });

  /** A DM job that records each send; `during` runs inside the handler, after the send. */
  const dmJob = (during: (key: string) => Promise<void> = async () => {}) =>
    defineJob({
      kind: 'test-dm',
      payload: z.object({ key: z.string() }),
      async handle(_ctx, { key }) {
        sent.push(key);
        await during(key);
      },
    });

  it('stops starting jobs when the process stops, and the next start runs only what was never sent', async () => {
    const stopping = new AbortController();
    const ctx: AppContext = { ...app.ctx, stopping: stopping.signal };
    const first = await runDueJobs(
      ctx,
      [dmJob(async (key) => void (key === 'dm-3' && stopping.abort()))],
      now,
      { concurrency: 1 },
    );
    expect(first.done).toBe(3);
    // The unstarted jobs were handed back at once: the next start (or replica) takes them without waiting.
    await runDueJobs(app.ctx, [dmJob()], now, { concurrency: 1 });
    expect([...sent].sort()).toEqual([...KEYS].sort());
  });

  it('keeps a lease on work claimed late in a long run, so another replica cannot take it over at once', async () => {
    const clock = new ManualClock(now);
    const ctx: AppContext = { ...app.ctx, clock };
    const leases: number[] = [];
    // Each send takes a minute: the run lasts ten minutes, five leases long.
    const slow = dmJob(async (key) => {
      const job = await app.ctx.db.job.findFirstOrThrow({ where: { kind: 'test-dm', key } });
      leases.push((job.lockedUntil?.getTime() ?? 0) - clock.now().getTime());
      clock.set(new Date(clock.now().getTime() + 60_000));
    });
    await runDueJobs(ctx, [slow], now, { concurrency: 1, batch: 2 });
    expect(sent).toHaveLength(KEYS.length);
    // Every job still held a lease of its own when it started, however late in the run.
    expect(Math.min(...leases)).toBeGreaterThan(0);
  });

  it('never sends a completed job again after a crash: only the one in flight can repeat', async () => {
    let hang: (() => void) | undefined;
    // Replica A sends three DMs, then dies while the third is in flight (its handler never returns).
    void runDueJobs(
      app.ctx,
      [
        dmJob((key) =>
          key === 'dm-3' ? new Promise<void>((resolve) => (hang = resolve)) : Promise.resolve(),
        ),
      ],
      now,
      { concurrency: 1, worker: 'replica-a' },
    );
    await expect.poll(() => sent.length).toBe(3);
    // Replica B takes over once A's lease has run out.
    const later = new Date(now.getTime() + LEASE_MS + 1000);
    await runDueJobs(app.ctx, [dmJob()], later, { concurrency: 1, worker: 'replica-b' });
    const count = (key: string) => sent.filter((k) => k === key).length;
    expect(KEYS.map(count)).toEqual([1, 1, 2, 1, 1, 1, 1, 1, 1, 1]);
    hang?.();
  });
});
