import type { AppContext } from './context.ts';
import { enqueueTeamSyncSoon } from './jobs/sync-team.ts';
import { workspaceRemoved, type WorkspaceRef } from './workspaces.ts';

const GROUP_REMOVED = 'workspace.group-removed';
const GROUP_INSTALLED = 'workspace.group-installed';

/**
 * Where a platform installs its app one group of people at a time (a team
 * within a tenant), removing it from one group stops only the pulse teams of
 * that group: those whose members come from it (`sourceId`) or whose channel
 * is its main channel (`channelId`).
 */
async function activeTeamsOf(ctx: AppContext, organizationId: string, groupId: string): Promise<string[]> {
  const teams = await ctx.db.team.findMany({
    where: {
      organizationId,
      active: true,
      OR: [{ source: { in: ['channel', 'group'] }, sourceId: groupId }, { channelId: groupId }],
    },
    select: { id: true },
  });
  return teams.map((team) => team.id);
}

/** A group's members changed: each of its running pulse teams is synced on the next tick. */
export async function groupMembersChanged(
  ctx: AppContext,
  organizationId: string,
  groupId: string,
): Promise<void> {
  for (const teamId of await activeTeamsOf(ctx, organizationId, groupId)) {
    await enqueueTeamSyncSoon(ctx, teamId, ctx.clock.now());
  }
}

/**
 * The app was removed from one group: its pulse teams stop, and which ones
 * is written to the audit log so that adding the app to that group again
 * resumes exactly those. When no pulse team of the workspace runs any more,
 * the workspace counts as removed too (nothing is sent there at all) until
 * the app is added somewhere again.
 */
export async function groupRemoved(
  ctx: AppContext,
  workspace: WorkspaceRef,
  groupId: string,
  reason: string,
): Promise<void> {
  const { db } = ctx;
  const org = await db.organization.findUnique({ where: { platform_externalId: workspace } });
  if (!org) return;
  const stopped = await activeTeamsOf(ctx, org.id, groupId);
  await db.$transaction([
    db.team.updateMany({ where: { id: { in: stopped } }, data: { active: false } }),
    db.auditLog.create({
      data: {
        organizationId: org.id,
        action: GROUP_REMOVED,
        subject: groupId,
        detail: JSON.stringify({ reason, teams: stopped }),
        at: ctx.clock.now(),
      },
    }),
  ]);
  ctx.log.warn({ organizationId: org.id, reason, teams: stopped.length }, 'the app was removed from a group');
  const running = await db.team.count({ where: { organizationId: org.id, active: true } });
  if (running === 0) await workspaceRemoved(ctx, workspace, reason);
}

/** The app was added to a group (again): the pulse teams its last removal stopped run again. */
export async function groupAdded(ctx: AppContext, workspace: WorkspaceRef, groupId: string): Promise<void> {
  const { db } = ctx;
  const org = await db.organization.findUnique({ where: { platform_externalId: workspace } });
  if (!org) return;
  const removal = await db.auditLog.findFirst({
    where: { organizationId: org.id, subject: groupId, action: GROUP_REMOVED },
    orderBy: { at: 'desc' },
  });
  // Each addition names the removal it undid, so a removal is undone once, however close together they came.
  const undone = removal
    ? await db.auditLog.count({
        where: {
          organizationId: org.id,
          action: GROUP_INSTALLED,
          detail: JSON.stringify({ undid: removal.id }),
        },
      })
    : 0;
  const resumed =
    removal?.detail && undone === 0 ? (JSON.parse(removal.detail) as { teams: string[] }).teams : [];
  if (resumed.length > 0) {
    await db.team.updateMany({
      where: { id: { in: resumed }, organizationId: org.id },
      data: { active: true },
    });
  }
  await db.auditLog.create({
    data: {
      organizationId: org.id,
      action: GROUP_INSTALLED,
      subject: groupId,
      ...(removal ? { detail: JSON.stringify({ undid: removal.id }) } : {}),
      at: ctx.clock.now(),
    },
  });
  ctx.log.info({ organizationId: org.id, resumedTeams: resumed.length }, 'the app was added to a group');
}
