import { DateTime } from 'luxon';
import { z } from 'zod';
import type { AppContext } from './context.ts';
import { enqueueJobs } from './jobs/queue.ts';
import { defineJob } from './jobs/runner.ts';
import { createPulseServices } from './pulse-services.ts';

export const SYNC_TEAM = 'sync-team';

/**
 * Teams whose members come from a platform (a Slack channel or user group)
 * are brought in line once an hour: joiners added, leavers marked. Events
 * (someone joined a channel) sync sooner; this catches what events miss.
 */
export async function enqueueTeamSyncs(ctx: AppContext, now: Date): Promise<void> {
  const teams = await ctx.db.team.findMany({
    where: { active: true, source: { not: 'manual' }, sourceId: { not: null } },
    select: { id: true },
  });
  const hour = DateTime.fromJSDate(now, { zone: 'UTC' }).toFormat("yyyy-LL-dd'T'HH");
  await enqueueJobs(
    ctx.db,
    teams.map((team) => ({
      kind: SYNC_TEAM,
      key: `${team.id}/${hour}`,
      payload: { teamId: team.id },
      runAt: now,
    })),
  );
}

export const syncTeamJob = defineJob({
  kind: SYNC_TEAM,
  payload: z.object({ teamId: z.string() }),
  async handle(ctx, { teamId }) {
    const team = await ctx.db.team.findUnique({ where: { id: teamId } });
    if (!team?.active || !team.sourceId || team.source === 'manual') return;
    const members = await ctx.platform.listMembers({
      organizationId: team.organizationId,
      source: team.source === 'usergroup' ? 'usergroup' : 'channel',
      sourceId: team.sourceId,
    });
    const result = await createPulseServices(ctx).syncTeamMembers(teamId, members);
    ctx.log.info({ teamId, ...result }, 'team members synced');
  },
});
