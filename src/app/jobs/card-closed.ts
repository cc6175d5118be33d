import { z } from 'zod';
import { closeCards } from '../close-cards.ts';
import { defineJob } from './define-job.ts';

/** After a round closes, one per participation whose messages are still in a chat. */
export const cardClosedJob = defineJob({
  kind: 'card-closed',
  payload: z.object({ participationId: z.string() }),
  handle: (ctx, { participationId }) => closeCards(ctx, participationId),
});
