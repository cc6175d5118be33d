import { DateTime } from 'luxon';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { syncTeam } from '../sync-teams.ts';
import { defineJob } from './define-job.ts';
import { enqueueJobs } from './queue.ts';

/** One team's members brought in line with its channel or user group, once an hour. */
export const syncTeamJob = defineJob({
  kind: 'sync-team',
  payload: z.object({ teamId: z.string() }),
  handle: (ctx, { teamId }, now) => syncTeam(ctx, teamId, now),
});

/**
 * Teams whose members come from a platform (a channel or a group)
 * are brought in line once an hour: joiners added, leavers marked. Events
 * (someone joined a channel) sync sooner; this catches what events miss.
 * Keyed by team and hour, so the sync runs once per hour however many
 * replicas tick.
 */
export async function enqueueTeamSyncs(ctx: AppContext, now: Date): Promise<void> {
  const teams = await ctx.db.team.findMany({
    where: { active: true, source: { not: 'manual' }, sourceId: { not: null } },
    select: { id: true },
  });
  const hour = DateTime.fromJSDate(now, { zone: 'UTC' }).toFormat("yyyy-LL-dd'T'HH");
  await enqueueJobs(
    ctx.db,
    syncTeamJob,
    teams.map((team) => ({ key: `${team.id}/${hour}`, payload: { teamId: team.id }, runAt: now })),
  );
}

/**
 * A team's members brought in line on the next tick, when the platform says
 * its membership changed (a member added or removed). Keyed by the minute,
 * so a burst of such events queues one sync.
 */
export async function enqueueTeamSyncSoon(ctx: AppContext, teamId: string, now: Date): Promise<void> {
  const minute = DateTime.fromJSDate(now, { zone: 'UTC' }).toFormat("yyyy-LL-dd'T'HH:mm");
  await enqueueJobs(ctx.db, syncTeamJob, [
    { key: `${teamId}/soon/${minute}`, payload: { teamId }, runAt: now },
  ]);
}
