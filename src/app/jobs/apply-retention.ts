import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { forgetExpiredRelays } from '../comment-relay-retention.ts';
import { applyRetention } from '../retention.ts';
import { defineJob } from './define-job.ts';
import { enqueueJob } from './queue.ts';

/** Deletes what is past its retention period (raw answers, comments, audit entries, return addresses). */
export const applyRetentionJob = defineJob({
  kind: 'apply-retention',
  payload: z.object({}),
  async handle(ctx, _payload, now) {
    const deleted = await applyRetention(ctx, now);
    if (deleted.answers + deleted.comments + deleted.auditEntries + deleted.actions > 0)
      ctx.log.info(deleted, 'retention applied');
    const returnAddresses = await forgetExpiredRelays(ctx.db, now);
    if (returnAddresses > 0) ctx.log.info({ returnAddresses }, 'expired return addresses destroyed');
  },
});

/** Once a day (keyed by the UTC date), however many replicas tick. */
export async function enqueueRetention(ctx: AppContext, now: Date): Promise<void> {
  await enqueueJob(ctx.db, applyRetentionJob, {
    key: now.toISOString().slice(0, 10),
    payload: {},
    runAt: now,
  });
}
