import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { PlatformSendError } from '../ports.ts';
import type { RunnableJob } from './define-job.ts';
import {
  claimDueJobs,
  claimJob,
  completeJobs,
  releaseJobs,
  rescheduleJob,
  retryJob,
  type ClaimedJob,
} from './queue.ts';

export interface RunJobsOptions {
  readonly batch?: number;
  readonly concurrency?: number;
  readonly worker?: string;
}

export interface RunJobsResult {
  readonly done: number;
  readonly retried: number;
  readonly failed: number;
}

/**
 * Runs every due job once. A failure of one job (one person's DM) never
 * stops the others: it is retried with back-off, or marked failed and
 * logged, never dropped silently.
 */
export async function runDueJobs(
  ctx: AppContext,
  registry: readonly RunnableJob[],
  now: Date,
  options: RunJobsOptions = {},
): Promise<RunJobsResult> {
  const byKind = new Map(registry.map((definition) => [definition.kind, definition]));
  const worker = options.worker ?? randomUUID();
  const totals = { done: 0, retried: 0, failed: 0 };
  const stopping = () => ctx.stopping?.aborted === true;
  while (!stopping()) {
    // Due at the tick's `now`; leased from the clock's now, so a fan-out longer than a lease keeps its claims.
    // Claim no more than can run at once: after a crash, each claimed job must first look for an earlier
    // try (a DM that may have arrived), so a small claim keeps that work, and the wait for a lease, small.
    const concurrency = options.concurrency ?? 16;
    const jobs = await claimDueJobs(ctx.db, now, worker, options.batch ?? concurrency, ctx.clock.now());
    if (jobs.length === 0) return totals;
    const started = new Set<string>();
    await inParallel(
      jobs,
      concurrency,
      async (job) => {
        started.add(job.id);
        const result = await runOne(ctx, byKind.get(job.kind), job, now);
        // Each job is marked done the moment it is, so a stop or a crash never runs it again.
        if (result === 'done') await completeJobs(ctx.db, [job.id]);
        totals[result] += 1;
      },
      stopping,
    );
    // Stopping: what was claimed but not started goes back at once, for the next replica or start.
    await releaseJobs(
      ctx.db,
      jobs.filter((job) => !started.has(job.id)).map((job) => job.id),
    );
  }
  return totals;
}

/**
 * Runs one queued job at once, if no one else has claimed it: the first try
 * of work a person waits for. A failure is retried by later ticks, with the
 * same back-off and the platform's Retry-After as every job.
 */
export async function runJobNow(
  ctx: AppContext,
  definition: RunnableJob,
  jobId: string,
  now: Date,
): Promise<keyof RunJobsResult | undefined> {
  const job = await claimJob(ctx.db, jobId, now, randomUUID());
  if (!job) return undefined;
  const result = await runOne(ctx, definition, job, now);
  if (result === 'done') await completeJobs(ctx.db, [job.id]);
  return result;
}

async function runOne(
  ctx: AppContext,
  definition: RunnableJob | undefined,
  job: ClaimedJob,
  now: Date,
): Promise<keyof RunJobsResult> {
  try {
    if (!definition)
      throw new PlatformSendError(`no handler for job kind "${job.kind}"`, { permanent: true });
    const outcome = await definition.run(ctx, job.payload, now, { attempt: job.attempts, id: job.id });
    if (outcome) {
      await rescheduleJob(ctx.db, job, outcome.rescheduleAt);
      return 'retried';
    }
    return 'done';
  } catch (error) {
    const send = error instanceof PlatformSendError ? error : undefined;
    const message = error instanceof Error ? error.message : String(error);
    const status = await retryJob(ctx.db, job, now, message, {
      retryAfterMs: send?.retryAfterMs,
      permanent: send?.permanent ?? false,
    });
    const log = { job: job.kind, key: job.key, attempts: job.attempts, err: error };
    if (status === 'failed') ctx.log.error(log, 'job failed for good; it stays in the Job table for a look');
    else ctx.log.warn(log, 'job failed; it will be retried');
    return status === 'failed' ? 'failed' : 'retried';
  }
}

/** Runs `work` over the items, `limit` at a time, starting no new item once `stop` says so. */
async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  stop: () => boolean,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length && !stop()) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}
