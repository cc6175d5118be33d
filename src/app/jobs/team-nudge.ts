import { z } from 'zod';
import { postTeamNudge } from '../reports/team-nudge.ts';
import { defineJob } from './define-job.ts';

/** After a round closes, one per round: a nudge in the team's channel. */
export const teamNudgeJob = defineJob({
  kind: 'team-nudge',
  payload: z.object({ roundId: z.string() }),
  handle: (ctx, { roundId }, now) => postTeamNudge(ctx, roundId, now),
});
