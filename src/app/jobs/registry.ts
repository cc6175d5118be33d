import { cardClosedJob, closeRoundJob } from '../close-rounds.ts';
import { hrDigestJob } from '../reports/hr-digest.ts';
import { leaderReportJob, teamNudgeJob } from '../reports/report-jobs.ts';
import { pulseDmJob, reminderJob } from '../send-pulse.ts';
import { syncTeamJob } from '../sync-teams.ts';
import type { JobDefinition } from './runner.ts';

/** Every kind of claimed work the bot does, each with its payload schema and handler. */
export const JOBS: readonly JobDefinition[] = [
  pulseDmJob,
  reminderJob,
  closeRoundJob,
  cardClosedJob,
  leaderReportJob,
  teamNudgeJob,
  syncTeamJob,
  hrDigestJob,
] as readonly JobDefinition[];
