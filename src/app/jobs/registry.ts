import { actionCheckInJob } from './action-check-in.ts';
import { applyRetentionJob } from './apply-retention.ts';
import { cardClosedJob } from './card-closed.ts';
import { closeRoundJob } from './close-round.ts';
import type { RunnableJob } from './define-job.ts';
import { forgetDeliveriesJob } from './forget-deliveries.ts';
import { hrDigestJob } from './hr-digest.ts';
import { leaderReportJob } from './leader-report.ts';
import { pulseDmJob } from './pulse-dm.ts';
import { relayDmJob } from './relay-dm.ts';
import { reminderJob } from './reminder.ts';
import { syncTeamJob } from './sync-team.ts';
import { teamNudgeJob } from './team-nudge.ts';

/** Every kind of claimed work the bot does, each with its payload schema and handler. */
export const JOBS: readonly RunnableJob[] = [
  pulseDmJob,
  reminderJob,
  closeRoundJob,
  cardClosedJob,
  leaderReportJob,
  teamNudgeJob,
  syncTeamJob,
  hrDigestJob,
  forgetDeliveriesJob,
  applyRetentionJob,
  actionCheckInJob,
  relayDmJob,
];
