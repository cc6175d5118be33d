import type { Db } from '../store/database.ts';
import type { AppContext } from './context.ts';

/** A workspace or tenant, as the chat platform names it. */
export interface WorkspaceRef {
  readonly platform: string;
  readonly externalId: string;
}

const REMOVED = 'workspace.removed';
const INSTALLED = 'workspace.installed';

/**
 * The platform removed the app (uninstall, revoked tokens): its teams stop,
 * its tokens are destroyed, and which teams were running is written to the
 * audit log, so that installing the app again resumes exactly those.
 */
export async function workspaceRemoved(
  ctx: AppContext,
  workspace: WorkspaceRef,
  reason: string,
): Promise<void> {
  const { db } = ctx;
  const org = await db.organization.findUnique({ where: { platform_externalId: workspace } });
  if (!org) return;
  const running = await db.team.findMany({
    where: { organizationId: org.id, active: true },
    select: { id: true },
  });
  await db.$transaction([
    db.team.updateMany({ where: { organizationId: org.id }, data: { active: false } }),
    db.installation.updateMany({
      where: { organizationId: org.id },
      data: { secretsEnc: null, revokedAt: ctx.clock.now() },
    }),
    db.auditLog.create({
      data: {
        organizationId: org.id,
        action: REMOVED,
        subject: reason,
        detail: JSON.stringify({ teams: running.map((team) => team.id) }),
        at: ctx.clock.now(),
      },
    }),
  ]);
  ctx.log.warn(
    { organizationId: org.id, reason, teams: running.length },
    'the app was removed; sends stopped',
  );
}

/**
 * The app was installed (again): the teams that ran before the last removal
 * run again, and when the organisation has no admin yet, the person who
 * installed it becomes its first admin, so nobody needs the command line.
 */
export async function workspaceInstalled(
  ctx: AppContext,
  workspace: WorkspaceRef,
  installedBy: string | undefined,
): Promise<void> {
  const { db } = ctx;
  const org = await db.organization.findUnique({ where: { platform_externalId: workspace } });
  if (!org) return;
  const last = await db.auditLog.findFirst({
    where: { organizationId: org.id, action: { in: [REMOVED, INSTALLED] } },
    orderBy: { at: 'desc' },
  });
  // Only a removal since the last install is undone; a start with the same token resumes nothing.
  const removal = last?.action === REMOVED ? last : undefined;
  const resumed = removal?.detail ? (JSON.parse(removal.detail) as { teams: string[] }).teams : [];
  if (resumed.length > 0) {
    await db.team.updateMany({
      // A team an admin removed meanwhile stays removed.
      where: { id: { in: resumed }, organizationId: org.id, removedAt: null },
      data: { active: true },
    });
  }
  const hasAdmin = (await db.person.count({ where: { organizationId: org.id, isAdmin: true } })) > 0;
  if (installedBy && !hasAdmin) {
    await db.person.upsert({
      where: { organizationId_platformUserId: { organizationId: org.id, platformUserId: installedBy } },
      create: {
        organizationId: org.id,
        platformUserId: installedBy,
        displayName: installedBy,
        isAdmin: true,
      },
      update: { isAdmin: true },
    });
  }
  await db.auditLog.create({
    data: {
      organizationId: org.id,
      action: INSTALLED,
      subject: installedBy ?? null,
      at: ctx.clock.now(),
    },
  });
  ctx.log.info({ organizationId: org.id, resumedTeams: resumed.length }, 'the app was installed');
}

/**
 * Whether the app is still in the organisation's workspace: not removed
 * since it was last installed. A platform whose sends need no stored token
 * (one that would be destroyed on removal) asks this before it sends.
 */
export async function workspaceConnected(db: Db, organizationId: string): Promise<boolean> {
  const last = await db.auditLog.findFirst({
    where: { organizationId, action: { in: [REMOVED, INSTALLED] } },
    orderBy: { at: 'desc' },
    select: { action: true },
  });
  return last?.action !== REMOVED;
}
