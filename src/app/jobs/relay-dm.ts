import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { deliverRelay, type QueuedRelay } from '../comment-relay-delivery.ts';
import type { AppContext } from '../context.ts';
import { defineJob } from './define-job.ts';
import { jobRow } from './queue.ts';
import { runJobNow } from './runner.ts';

export const RELAY_DM = 'relay-dm';

/**
 * A message of an anonymous conversation about a comment, on its way. The
 * row holds the thread id, the side it goes to and the text, never whom it
 * goes to (opened at run time), and is deleted once it has served, so no
 * relayed text outlives its delivery.
 */
export const relayDmJob = defineJob({
  kind: RELAY_DM,
  payload: z.object({ threadId: z.string(), to: z.enum(['writer', 'leader']), text: z.string() }),
  async handle(ctx, relay, now, { attempt, id }) {
    const sent = await deliverRelay(ctx, relay, now, { key: id, triedBefore: attempt > 1 });
    if (!sent) ctx.log.info({ job: RELAY_DM }, 'a relayed message had no one to go to any more');
    await ctx.db.job.deleteMany({ where: { id } });
  },
});

/** The key of a thread's messages: the thread id first, so destroying a thread finds its undelivered ones. */
export const relayJobKeyPrefix = (threadId: string): string => `${threadId}/`;

/** Queues a thread's message and tries it at once; a failed try is retried by the ticks. */
export async function sendRelay(ctx: AppContext, relay: QueuedRelay, now: Date): Promise<void> {
  const row = jobRow(relayDmJob, {
    key: `${relayJobKeyPrefix(relay.threadId)}${randomUUID()}`,
    payload: relay,
    runAt: now,
  });
  await ctx.db.job.create({ data: row });
  await runJobNow(ctx, relayDmJob, row.id, now);
}
