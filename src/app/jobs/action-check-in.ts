import { z } from 'zod';
import { dueCheckIns, sendActionCheckIn } from '../action-check-in.ts';
import type { AppContext } from '../context.ts';
import { defineJob } from './define-job.ts';
import { enqueueJobs } from './queue.ts';

/** An open action's owner asked on its due date, and every week after, whether it is done. */
export const actionCheckInJob = defineJob({
  kind: 'action-check-in',
  payload: z.object({ actionId: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  handle: (ctx, { actionId, date }) => sendActionCheckIn(ctx, actionId, date),
});

/** One job per action and check-in date, so each check-in goes once however many replicas tick. */
export async function enqueueActionCheckIns(ctx: AppContext, now: Date): Promise<void> {
  await enqueueJobs(ctx.db, actionCheckInJob, await dueCheckIns(ctx, now));
}
