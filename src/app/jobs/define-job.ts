import type { z } from 'zod';
import type { AppContext } from '../context.ts';

/** What a handler may say besides "done": come back later, at this time. */
export type JobOutcome = void | { readonly rescheduleAt: Date };

/** About this run of a job: `attempt` counts from 1, so above 1 an earlier run may have done part of the work. */
export interface JobRun {
  readonly attempt: number;
  /** The job's row, for a handler that deletes its payload once it has served (a relayed message's text). */
  readonly id: string;
}

/**
 * A job as the runner sees it: a kind and a way to run a payload read back
 * from the database, still `unknown`. Every `JobDefinition` is one, whatever
 * its payload, so the registry is a plain list of definitions.
 */
export interface RunnableJob {
  readonly kind: string;
  readonly run: (ctx: AppContext, stored: unknown, now: Date, run: JobRun) => Promise<JobOutcome>;
}

/**
 * One kind of job: its kind, its payload schema and its handler, which gets
 * the payload as the schema parsed it. Enqueueing is typed by the same
 * schema (`enqueueJob(db, job, { key, payload, runAt })`).
 */
export interface JobDefinition<Schema extends z.ZodType> extends RunnableJob {
  readonly payload: Schema;
  // A property, not a method: a method's parameters would be checked bivariantly and let any payload through.
  readonly handle: (
    ctx: AppContext,
    payload: z.output<Schema>,
    now: Date,
    run: JobRun,
  ) => Promise<JobOutcome>;
}

/** What a job file declares; `defineJob` adds the runner's side, which parses before it handles. */
export type JobSpec<Schema extends z.ZodType> = Omit<JobDefinition<Schema>, 'run'>;

/**
 * A job definition from its kind, schema and handler. A stored payload that
 * does not fit the schema throws before the handler runs, so the handler can
 * trust its argument; the runner then retries or fails the job like any error.
 */
export function defineJob<Schema extends z.ZodType>(spec: JobSpec<Schema>): JobDefinition<Schema> {
  return {
    ...spec,
    run: (ctx, stored, now, run) => spec.handle(ctx, spec.payload.parse(stored), now, run),
  };
}
