import type { Db } from '../store/database.ts';
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
 *
 * The team's people and memberships are read up front: joiners are written
 * in one go, a changed profile on its own, and an hourly sync of a channel
 * that did not change writes nothing. No statement lists the members who
 * stay (`notIn`): Prisma cannot split such a list, and a channel of
 * thousands is more values than SQLite takes in one statement.
 */
export async function syncTeamMembers(
  ctx: AppContext,
  teamId: string,
  members: readonly MemberProfile[],
  now: Date,
): Promise<SyncResult> {
  const { db } = ctx;
  const team = await db.team.findUniqueOrThrow({ where: { id: teamId } });
  const wanted = members.filter((member) => !member.isGuest);
  const people = await savePeople(ctx, team.organizationId, wanted);
  const memberships = new Map(
    (await db.membership.findMany({ where: { teamId } })).map((membership) => [
      membership.personId,
      membership,
    ]),
  );
  const present = new Set(people);
  const joining = people.filter((personId) => !memberships.has(personId));
  const returning = people.flatMap((personId) => {
    const membership = memberships.get(personId);
    return membership?.leftAt ? [membership.id] : [];
  });
  let added = await createMemberships(ctx, teamId, joining, now);
  if (returning.length > 0) {
    const back = await db.membership.updateMany({
      where: { id: { in: returning }, leftAt: { not: null } },
      data: { leftAt: null, joinedAt: now },
    });
    added += back.count;
  }
  // Leaders are assigned by an admin, not by channel membership, so they stay.
  const left = [...memberships.values()].filter(
    (m) => m.leftAt === null && m.role !== 'leader' && !present.has(m.personId),
  );
  if (left.length > 0) {
    await db.membership.updateMany({ where: { id: { in: left.map((m) => m.id) } }, data: { leftAt: now } });
  }
  return { added, left: left.length };
}

/**
 * The members as people of the organisation, in the members' order: joiners
 * created in one go, changed profiles refreshed, the rest only read.
 */
async function savePeople(
  ctx: AppContext,
  organizationId: string,
  members: readonly MemberProfile[],
): Promise<string[]> {
  const { db } = ctx;
  const read = () =>
    db.person.findMany({
      // Prisma splits a long `in` list of a read into statements SQLite accepts.
      where: { organizationId, platformUserId: { in: members.map((m) => m.platformUserId) } },
      select: {
        id: true,
        platformUserId: true,
        displayName: true,
        timeZone: true,
        locale: true,
        localeChosen: true,
      },
    });
  const known = new Map((await read()).map((person) => [person.platformUserId, person]));
  const joiners = members.filter((member) => !known.has(member.platformUserId));
  const changed = members.filter((member) => {
    const person = known.get(member.platformUserId);
    return person !== undefined && profileChanged(person, member);
  });
  const created = await createAllOrNone(db, joiners.length, () =>
    db.person.createMany({
      data: joiners.map((member) => ({
        organizationId,
        platformUserId: member.platformUserId,
        displayName: member.displayName,
        timeZone: member.timeZone ?? ctx.settings.defaultTimeZone,
        locale: member.locale ?? ctx.settings.defaultLocale,
      })),
    }),
  );
  // Another sync of this team created some of them first: each is saved on its own.
  for (const member of [...(created ? [] : joiners), ...changed])
    await savePerson(ctx, organizationId, member);
  const ids = new Map((await read()).map((person) => [person.platformUserId, person.id]));
  return members.flatMap((member) => ids.get(member.platformUserId) ?? []);
}

/** New memberships, in one go or (when another sync added some first) one by one; how many this call added. */
async function createMemberships(
  ctx: AppContext,
  teamId: string,
  personIds: readonly string[],
  now: Date,
): Promise<number> {
  const data = personIds.map((personId) => ({ teamId, personId, joinedAt: now }));
  if (await createAllOrNone(ctx.db, data.length, () => ctx.db.membership.createMany({ data }))) {
    return personIds.length;
  }
  let added = 0;
  for (const row of data) {
    try {
      await ctx.db.membership.create({ data: row });
      added += 1;
    } catch (error) {
      if (!isUniqueConflict(error)) throw error;
    }
  }
  return added;
}

interface KnownProfile {
  readonly displayName: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly localeChosen: boolean;
}

function profileChanged(person: KnownProfile, member: MemberProfile): boolean {
  return (
    person.displayName !== member.displayName ||
    (member.timeZone !== undefined && member.timeZone !== person.timeZone) ||
    (member.locale !== undefined && !person.localeChosen && member.locale !== person.locale)
  );
}

/** A joiner created, or a known person's profile refreshed; their id. */
async function savePerson(ctx: AppContext, organizationId: string, member: MemberProfile): Promise<string> {
  const { db } = ctx;
  const where = { organizationId_platformUserId: { organizationId, platformUserId: member.platformUserId } };
  const upsert = async () => {
    const existing = await db.person.findUnique({ where, select: { localeChosen: true } });
    return db.person.upsert({
      where,
      create: {
        organizationId,
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
      select: { id: true },
    });
  };
  // Two syncs of one team can run at once (the hourly one and one a member
  // event asked for); the one that finds a row created under it updates it.
  const row = await upsert().catch((error: unknown) => {
    if (isUniqueConflict(error)) return upsert();
    throw error;
  });
  return row.id;
}

/**
 * Rows written in one transaction (Prisma splits a long list over several
 * statements, which must not leave half of it behind); false when one of
 * them exists already, and none was written.
 */
async function createAllOrNone(
  db: Db,
  rows: number,
  createMany: () => ReturnType<Db['membership']['createMany']>,
): Promise<boolean> {
  if (rows === 0) return true;
  try {
    await db.$transaction([createMany()]);
    return true;
  } catch (error) {
    if (isUniqueConflict(error)) return false;
    throw error;
  }
}
