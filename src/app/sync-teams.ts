import type { AppContext } from './context.ts';
import type { MemberProfile } from './ports.ts';
import { isUniqueConflict } from './unique-conflict.ts';

/**
 * Brings a team whose members come from a platform (a channel or a group)
 * in line with that platform's member list.
 */
export async function syncTeam(ctx: AppContext, teamId: string, now: Date): Promise<void> {
  const team = await ctx.db.team.findUnique({ where: { id: teamId } });
  if (!team?.active || !team.sourceId || team.source === 'manual') return;
  const members = await ctx.platform.listMembers({
    organizationId: team.organizationId,
    source: team.source === 'group' ? 'group' : 'channel',
    sourceId: team.sourceId,
  });
  const result = await syncTeamMembers(ctx, teamId, members, now);
  ctx.log.info({ teamId, ...result }, 'team members synced');
}

export interface SyncResult {
  readonly added: number;
  readonly left: number;
}

/**
 * Brings a team's memberships in line with the platform's member list at
 * `now`: joiners added (people created as they appear), leavers marked, and
 * each person's profile refreshed. A person's own language choice
 * (the language setting) wins over the platform's; until they make one, the
 * platform's locale is taken, also for people an admin added before any sync.
 */
export async function syncTeamMembers(
  ctx: AppContext,
  teamId: string,
  members: readonly MemberProfile[],
  now: Date,
): Promise<SyncResult> {
  const { db } = ctx;
  const team = await db.team.findUniqueOrThrow({ where: { id: teamId } });
  let added = 0;
  const present = new Set<string>();
  for (const member of members) {
    if (member.isGuest) continue;
    const where = {
      organizationId_platformUserId: {
        organizationId: team.organizationId,
        platformUserId: member.platformUserId,
      },
    };
    const upsert = async () => {
      const existing = await db.person.findUnique({ where, select: { localeChosen: true } });
      return db.person.upsert({
        where,
        create: {
          organizationId: team.organizationId,
          platformUserId: member.platformUserId,
          displayName: member.displayName,
          timeZone: member.timeZone ?? ctx.settings.defaultTimeZone,
          locale: member.locale ?? ctx.settings.defaultLocale,
        },
        update: {
          displayName: member.displayName,
          ...(member.timeZone ? { timeZone: member.timeZone } : {}),
          ...(member.locale && !existing?.localeChosen ? { locale: member.locale } : {}),
        },
      });
    };
    // Two syncs of one team can run at once (the hourly one and one a member
    // event asked for); the one that finds a row created under it updates it.
    const row = await upsert().catch((error: unknown) => {
      if (isUniqueConflict(error)) return upsert();
      throw error;
    });
    present.add(row.id);
    const membership = await db.membership.findUnique({
      where: { teamId_personId: { teamId, personId: row.id } },
    });
    if (!membership) {
      try {
        await db.membership.create({ data: { teamId, personId: row.id, joinedAt: now } });
        added += 1;
      } catch (error) {
        if (!isUniqueConflict(error)) throw error;
      }
    } else if (membership.leftAt) {
      await db.membership.update({ where: { id: membership.id }, data: { leftAt: null, joinedAt: now } });
      added += 1;
    }
  }
  const leaving = await db.membership.findMany({
    where: { teamId, leftAt: null, personId: { notIn: [...present] } },
  });
  // Leaders are assigned by an admin, not by channel membership, so they stay.
  const left = leaving.filter((m) => m.role !== 'leader');
  await db.membership.updateMany({ where: { id: { in: left.map((m) => m.id) } }, data: { leftAt: now } });
  return { added, left: left.length };
}
