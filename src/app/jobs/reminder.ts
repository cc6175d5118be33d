import { z } from 'zod';
import { sendReminder } from '../send-pulse.ts';
import { defineJob } from './define-job.ts';

export const REMINDER = 'reminder';

/** The one reminder of a participation, queued when the round opens; moved later while it is not due. */
export const reminderJob = defineJob({
  kind: REMINDER,
  payload: z.object({ participationId: z.string() }),
  async handle(ctx, { participationId }, now, { attempt }) {
    const later = await sendReminder(ctx, participationId, now, attempt);
    return later ? { rescheduleAt: later } : undefined;
  },
});
