import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../store/database.ts';
import type { JobDefinition } from './define-job.ts';
import { isUniqueConflict } from '../unique-conflict.ts';

/** A unit of claimed work: a DM to send, a reminder, a report, a nudge. */
export interface ClaimedJob {
  readonly id: string;
  readonly kind: string;
  readonly key: string;
  readonly payload: unknown;
  readonly attempts: number;
}

/** Which job to queue: enqueueing needs only its kind, and its schema for the payload's type. */
export type JobKind<Schema extends z.ZodType> = Pick<JobDefinition<Schema>, 'kind' | 'payload'>;

/** One job to queue, its payload typed by the job's schema. */
export interface EnqueueInput<Schema extends z.ZodType> {
  /** Makes the job unique within its kind: enqueueing the same key twice is a no-op. */
  readonly key: string;
  readonly payload: z.input<Schema>;
  readonly runAt: Date;
}

/** A new job row, for inserting in a transaction with other rows (the id is made here, so callers can refer to it). */
export function jobRow<Schema extends z.ZodType>(job: JobKind<Schema>, input: EnqueueInput<Schema>) {
  return {
    id: randomUUID(),
    kind: job.kind,
    key: input.key,
    payload: JSON.stringify(input.payload),
    runAt: input.runAt,
  };
}

export type JobRow = ReturnType<typeof jobRow>;

/** After this many failed attempts a job is marked failed (and logged) instead of retried. */
export const MAX_ATTEMPTS = 12;
/** How long a claim holds before another worker may take the job over (a crashed replica). */
export const LEASE_MS = 120_000;

/** Returns false when a job with the same kind and key exists already. */
export async function enqueueJob<Schema extends z.ZodType>(
  db: Db,
  job: JobKind<Schema>,
  input: EnqueueInput<Schema>,
): Promise<boolean> {
  // The scheduler offers its daily jobs on every tick: looking first spares the database a refused insert each time.
  const known = await db.job.findUnique({
    where: { kind_key: { kind: job.kind, key: input.key } },
    select: { id: true },
  });
  return known ? false : insertJob(db, jobRow(job, input));
}

async function insertJob(db: Db, row: JobRow): Promise<boolean> {
  try {
    await db.job.create({ data: row });
    return true;
  } catch (error) {
    // The same job was enqueued before (by this or another replica).
    if (isUniqueConflict(error)) return false;
    throw error;
  }
}

/**
 * Enqueues many jobs of one kind, skipping those that exist already, in two
 * statements instead of one insert per job: the scheduler offers the same
 * hourly and weekly jobs on every tick, and almost all of them exist. Should
 * another replica insert one in between, the batch falls back to one insert each.
 */
export async function enqueueJobs<Schema extends z.ZodType>(
  db: Db,
  job: JobKind<Schema>,
  inputs: readonly EnqueueInput<Schema>[],
): Promise<void> {
  // Batches keep each statement well under the databases' limits on bound parameters.
  for (let start = 0; start < inputs.length; start += ENQUEUE_BATCH) {
    await enqueueBatch(
      db,
      job.kind,
      inputs.slice(start, start + ENQUEUE_BATCH).map((input) => jobRow(job, input)),
    );
  }
}

const ENQUEUE_BATCH = 500;

async function enqueueBatch(db: Db, kind: string, rows: readonly JobRow[]): Promise<void> {
  if (rows.length === 0) return;
  const existing = await db.job.findMany({
    where: { kind, key: { in: rows.map((row) => row.key) } },
    select: { key: true },
  });
  const known = new Set(existing.map((row) => row.key));
  const missing = rows.filter((row) => !known.has(row.key));
  if (missing.length === 0) return;
  try {
    await db.job.createMany({ data: missing });
  } catch (error) {
    if (!isUniqueConflict(error)) throw error;
    for (const row of missing) await insertJob(db, row);
  }
}

/**
 * Claims up to `limit` due jobs. The claim is one conditional update that
 * stamps the rows with a fresh claim id; only rows still due at that moment
 * take the stamp, so replicas sharing a database never run the same job
 * twice, and a claim whose lease ran out can be taken over.
 */
export async function claimDueJobs(
  db: Db,
  now: Date,
  worker: string,
  limit: number,
  /** When the claim is made: a long run claims its later batches after `now`, and each lease counts from then. */
  claimedAt: Date = now,
): Promise<ClaimedJob[]> {
  const due = {
    OR: [
      { status: 'pending', runAt: { lte: now } },
      { status: 'running', lockedUntil: { lt: now } },
    ],
  };
  const candidates = await db.job.findMany({
    where: due,
    orderBy: { runAt: 'asc' },
    take: limit,
    select: { id: true },
  });
  if (candidates.length === 0) return [];
  const claim = `${worker}/${randomUUID()}`;
  await db.job.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, ...due },
    data: {
      status: 'running',
      lockedBy: claim,
      lockedUntil: new Date(Math.max(now.getTime(), claimedAt.getTime()) + LEASE_MS),
      attempts: { increment: 1 },
    },
  });
  const won = await db.job.findMany({ where: { lockedBy: claim }, orderBy: { runAt: 'asc' } });
  return won.map(claimed);
}

/**
 * Claims one job by its id, when it is pending and due: for work a person
 * waits for (a relayed message), tried at once by the request that queued
 * it; a failed try is then retried by the ticks like any other job.
 */
export async function claimJob(
  db: Db,
  id: string,
  now: Date,
  worker: string,
): Promise<ClaimedJob | undefined> {
  const claim = `${worker}/${randomUUID()}`;
  const { count } = await db.job.updateMany({
    where: { id, status: 'pending', runAt: { lte: now } },
    data: {
      status: 'running',
      lockedBy: claim,
      lockedUntil: new Date(now.getTime() + LEASE_MS),
      attempts: { increment: 1 },
    },
  });
  if (count === 0) return undefined;
  const job = await db.job.findFirst({ where: { id, lockedBy: claim } });
  return job ? claimed(job) : undefined;
}

function claimed(job: {
  id: string;
  kind: string;
  key: string;
  payload: string;
  attempts: number;
}): ClaimedJob {
  return {
    id: job.id,
    kind: job.kind,
    key: job.key,
    payload: JSON.parse(job.payload) as unknown,
    attempts: job.attempts,
  };
}

/** Gives claimed jobs that were never started back, due at once and without the claim's attempt. */
export async function releaseJobs(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.job.updateMany({
    where: { id: { in: [...ids] }, status: 'running' },
    data: { status: 'pending', lockedBy: null, lockedUntil: null, attempts: { decrement: 1 } },
  });
}

/** Marks jobs done, many in one statement. */
export async function completeJobs(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.job.updateMany({ where: { id: { in: [...ids] } }, data: { status: 'done', lockedUntil: null } });
}

/** Exponential back-off: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Puts a failed job back for a later try, at the platform's Retry-After when
 * it gave one; after MAX_ATTEMPTS, or when retrying cannot help, it is marked
 * failed. Returns the new status.
 */
export async function retryJob(
  db: Db,
  job: ClaimedJob,
  now: Date,
  error: string,
  options: { retryAfterMs?: number | undefined; permanent?: boolean } = {},
): Promise<'pending' | 'failed'> {
  const status = options.permanent || job.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
  const wait = options.retryAfterMs ?? backoffMs(job.attempts);
  await db.job.update({
    where: { id: job.id },
    data: {
      status,
      runAt: new Date(now.getTime() + wait),
      lastError: error.slice(0, 1000),
      lockedUntil: null,
    },
  });
  return status;
}

/** Moves a job to a later time without counting it as a failed attempt. */
export async function rescheduleJob(db: Db, job: ClaimedJob, runAt: Date): Promise<void> {
  await db.job.update({
    where: { id: job.id },
    data: { status: 'pending', runAt, attempts: { decrement: 1 }, lockedUntil: null },
  });
}
