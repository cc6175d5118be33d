import { PulseError } from '../errors.ts';
import type { Db } from '../store/database.ts';

/** How many audit entries one page of the admin page shows. */
export const AUDIT_PAGE_SIZE = 25;

export interface AdminTeamRow {
  readonly id: string;
  readonly name: string;
  /** How admins name the team in commands and forms: its channel. */
  readonly channelId: string;
  /** Where its members come from: a channel's members, a platform group, or a list made by hand. */
  readonly source: 'channel' | 'group' | 'manual';
  readonly sourceId: string | null;
  readonly paused: boolean;
  readonly members: number;
  readonly leaders: readonly string[];
  readonly schedule: {
    readonly cadence: string;
    readonly weekday: number;
    readonly time: string;
    readonly timeZone: string;
    readonly nextRunAt: Date | null;
  } | null;
  /** When the team's open round closes; null when none is open. */
  readonly openRoundClosesAt: Date | null;
}

export interface AdminPersonRow {
  readonly id: string;
  readonly platformUserId: string;
  readonly displayName: string;
  readonly isHr: boolean;
  readonly isAdmin: boolean;
  /** The names of the teams they lead. */
  readonly leads: readonly string[];
  /** Leave: the day they are back (`YYYY-MM-DD`), or null. */
  readonly pausedUntil: string | null;
}

export interface AuditRow {
  readonly at: Date;
  /** The admin's name; null for the command line (or someone since erased). */
  readonly actor: string | null;
  readonly action: string;
  /** A team's name where the entry is about a team, else the subject as written. */
  readonly subject: string | null;
  readonly detail: string | null;
}

/** Everything the admin page shows: the organisation's teams, people and audit log. */
export interface AdminOverview {
  readonly holidayRegion: string | null;
  readonly teams: readonly AdminTeamRow[];
  readonly people: readonly AdminPersonRow[];
  readonly audit: { readonly entries: readonly AuditRow[]; readonly page: number; readonly hasMore: boolean };
}

/**
 * What an admin sees of their organisation: teams (not removed) with their
 * source, leaders and schedule, its people with their roles and leave, and
 * one page of the audit log, latest first (`page` counts from 1). Anyone
 * who is not an admin is refused.
 */
export async function adminOverview(db: Db, adminId: string, page = 1): Promise<AdminOverview> {
  const admin = await db.person.findUnique({ where: { id: adminId } });
  if (!admin?.isAdmin || !admin.active) {
    throw new PulseError('forbidden', 'Only an admin can open the admin page.');
  }
  const organizationId = admin.organizationId;
  const current = Math.max(1, Math.floor(page));
  const [organization, teams, people, entries] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    db.team.findMany({
      where: { organizationId, removedAt: null },
      include: {
        schedule: true,
        memberships: { where: { leftAt: null }, include: { person: true } },
        rounds: { where: { status: 'open' }, select: { closesAt: true } },
      },
      orderBy: { name: 'asc' },
    }),
    db.person.findMany({
      where: { organizationId, active: true },
      include: { memberships: { where: { leftAt: null, role: 'leader' }, include: { team: true } } },
      orderBy: { displayName: 'asc' },
    }),
    db.auditLog.findMany({
      where: { organizationId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (current - 1) * AUDIT_PAGE_SIZE,
      // One more than a page: whether there is a next page, without counting the whole log.
      take: AUDIT_PAGE_SIZE + 1,
    }),
  ]);
  const names = await personNames(
    db,
    entries.map((entry) => entry.actorId),
  );
  const teamNames = new Map(teams.map((team) => [`team:${team.id}`, team.name]));
  return {
    holidayRegion: organization.holidayRegion,
    teams: teams.flatMap((team) =>
      team.channelId
        ? [
            {
              id: team.id,
              name: team.name,
              channelId: team.channelId,
              source: sourceOf(team.source),
              sourceId: team.sourceId,
              paused: team.paused || !team.active,
              members: team.memberships.length,
              leaders: team.memberships.filter((m) => m.role === 'leader').map((m) => m.person.displayName),
              schedule: team.schedule && {
                cadence: team.schedule.cadence,
                weekday: team.schedule.weekday,
                time: team.schedule.localTime,
                timeZone: team.schedule.timeZone,
                nextRunAt: team.schedule.nextRunAt,
              },
              openRoundClosesAt: team.rounds[0]?.closesAt ?? null,
            },
          ]
        : [],
    ),
    people: people.map((person) => ({
      id: person.id,
      platformUserId: person.platformUserId,
      displayName: person.displayName,
      isHr: person.isHr,
      isAdmin: person.isAdmin,
      leads: person.memberships.map((m) => m.team.name),
      pausedUntil: person.pausedUntil,
    })),
    audit: {
      entries: entries.slice(0, AUDIT_PAGE_SIZE).map((entry) => ({
        at: entry.at,
        actor: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
        action: entry.action,
        subject: entry.subject ? (teamNames.get(entry.subject) ?? entry.subject) : null,
        detail: entry.detail,
      })),
      page: current,
      hasMore: entries.length > AUDIT_PAGE_SIZE,
    },
  };
}

function sourceOf(source: string): AdminTeamRow['source'] {
  return source === 'channel' || source === 'group' ? source : 'manual';
}

async function personNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const found = await db.person.findMany({
    where: { id: { in: wanted } },
    select: { id: true, displayName: true },
  });
  return new Map(found.map((person) => [person.id, person.displayName]));
}
