import { z } from 'zod';
import { closeRound } from '../close-rounds.ts';
import { defineJob } from './define-job.ts';

/**
 * Closes a round at its closing time, queued when the round opens. A round
 * whose closing time moved later is looked at again then; a round closed
 * already (by hand in the playground) still gets its remaining steps.
 */
export const closeRoundJob = defineJob({
  kind: 'close-round',
  payload: z.object({ roundId: z.string() }),
  async handle(ctx, { roundId }, now) {
    const round = await ctx.db.round.findUnique({
      where: { id: roundId },
      select: { status: true, closesAt: true },
    });
    if (!round) return;
    if (round.status === 'open' && round.closesAt.getTime() > now.getTime()) {
      return { rescheduleAt: round.closesAt };
    }
    await closeRound(ctx, roundId, now);
  },
});
