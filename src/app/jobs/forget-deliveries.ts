import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { forgetOldDeliveries } from '../processed-events.ts';
import { defineJob } from './define-job.ts';
import { enqueueJob } from './queue.ts';

/** Deletes the record of deliveries (event ids, used OAuth states) too old to come again. */
export const forgetDeliveriesJob = defineJob({
  kind: 'forget-deliveries',
  payload: z.object({}),
  async handle(ctx, _payload, now) {
    const forgotten = await forgetOldDeliveries(ctx.db, now);
    if (forgotten > 0) ctx.log.info({ forgotten }, 'old deliveries forgotten');
  },
});

/** Once a day (keyed by the UTC date), however many replicas tick. */
export async function enqueueForgetDeliveries(ctx: AppContext, now: Date): Promise<void> {
  await enqueueJob(ctx.db, forgetDeliveriesJob, {
    key: now.toISOString().slice(0, 10),
    payload: {},
    runAt: now,
  });
}
