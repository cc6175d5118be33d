import { z } from 'zod';
import { sendPulseCard } from '../send-pulse.ts';
import { defineJob } from './define-job.ts';

export const PULSE_DM = 'pulse-dm';

/** The first DM of a round, one per participation, queued when the round opens at the person's send time; moved while they are away. */
export const pulseDmJob = defineJob({
  kind: PULSE_DM,
  payload: z.object({ participationId: z.string() }),
  async handle(ctx, { participationId }, now, { attempt }) {
    const later = await sendPulseCard(ctx, participationId, now, attempt);
    return later ? { rescheduleAt: later } : undefined;
  },
});
