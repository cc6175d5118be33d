import type { AppContext } from './context.ts';
import { enqueueActionCheckIns } from './jobs/action-check-in.ts';
import { enqueueRetention } from './jobs/apply-retention.ts';
import { enqueueForgetDeliveries } from './jobs/forget-deliveries.ts';
import { enqueueHrDigests } from './jobs/hr-digest.ts';
import { JOBS } from './jobs/registry.ts';
import { runDueJobs, type RunJobsResult } from './jobs/runner.ts';
import { enqueueTeamSyncs } from './jobs/sync-team.ts';
import { runDuePulses } from './open-rounds.ts';

export interface TickResult extends RunJobsResult {
  readonly opened: readonly string[];
}

/**
 * One scheduler tick: queue the hourly member syncs, the weekly HR digest
 * the daily forgetting of old deliveries and retention, the check-ins of actions due, open the rounds that are due, then run every due job (syncs, DMs,
 * reminders, closing, reports, nudges, digests). Safe to run from several
 * replicas at once; each piece of work is claimed in the database.
 */
export async function tick(ctx: AppContext, now: Date): Promise<TickResult> {
  await enqueueTeamSyncs(ctx, now);
  await enqueueHrDigests(ctx, now);
  await enqueueForgetDeliveries(ctx, now);
  await enqueueRetention(ctx, now);
  await enqueueActionCheckIns(ctx, now);
  const opened = await runDuePulses(ctx, now);
  const jobs = await runDueJobs(ctx, JOBS, now);
  return { opened, ...jobs };
}
