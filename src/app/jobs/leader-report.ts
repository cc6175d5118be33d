import { z } from 'zod';
import { sendLeaderReport } from '../reports/leader-report.ts';
import { defineJob } from './define-job.ts';

/** After a round closes, one per leader of the team: their report by DM. */
export const leaderReportJob = defineJob({
  kind: 'leader-report',
  payload: z.object({ roundId: z.string(), leaderId: z.string() }),
  handle: (ctx, { roundId, leaderId }, now) => sendLeaderReport(ctx, roundId, leaderId, now),
});
