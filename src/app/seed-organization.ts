import type { Cadence } from '../core/index.ts';
import type { Db } from '../store/database.ts';

export interface PersonSpec {
  readonly platformUserId: string;
  readonly displayName: string;
  readonly timeZone?: string;
  readonly locale?: string;
  readonly role?: 'member' | 'leader';
  readonly isHr?: boolean;
  readonly isAdmin?: boolean;
}

export interface TeamSpec {
  readonly name: string;
  readonly channelId?: string;
  readonly parent?: string;
  readonly schedule?: {
    readonly cadence?: Cadence;
    readonly weekday?: number;
    readonly localTime?: string;
    readonly timeZone?: string;
    readonly perPerson?: number;
  };
  readonly people: readonly PersonSpec[];
}

export interface OrganizationSpec {
  readonly name: string;
  readonly platform: string;
  readonly externalId: string;
  readonly defaultLocale?: string;
  readonly teams: readonly TeamSpec[];
  /** People outside any team (HR, admins). */
  readonly staff?: readonly PersonSpec[];
}

export interface SeededOrganization {
  readonly organizationId: string;
  /** Team name → id. */
  readonly teams: Readonly<Record<string, string>>;
  /** Platform user id → person id. */
  readonly people: Readonly<Record<string, string>>;
}

/**
 * Creates an organisation with its teams, people, memberships and schedules
 * in one go: the local demo, the simulation and tests all start from one.
 */
export interface SeedOptions {
  /** Fixed ids instead of random ones, for runs that must repeat exactly (the simulation). */
  readonly ids?: { team(name: string): string; person(platformUserId: string): string };
}

export async function seedOrganization(
  db: Db,
  spec: OrganizationSpec,
  options: SeedOptions = {},
): Promise<SeededOrganization> {
  const org = await db.organization.create({
    data: {
      name: spec.name,
      platform: spec.platform,
      externalId: spec.externalId,
      defaultLocale: spec.defaultLocale ?? 'en',
    },
  });
  const people: Record<string, string> = {};
  const ensurePerson = async (person: PersonSpec) => {
    const existing = people[person.platformUserId];
    if (existing) return existing;
    const row = await db.person.create({
      data: {
        ...(options.ids ? { id: options.ids.person(person.platformUserId) } : {}),
        organizationId: org.id,
        platformUserId: person.platformUserId,
        displayName: person.displayName,
        timeZone: person.timeZone ?? 'Europe/Amsterdam',
        locale: person.locale ?? spec.defaultLocale ?? 'en',
        isHr: person.isHr ?? false,
        isAdmin: person.isAdmin ?? false,
      },
    });
    people[person.platformUserId] = row.id;
    return row.id;
  };
  const teams: Record<string, string> = {};
  for (const team of spec.teams) {
    const parentId = team.parent ? teams[team.parent] : undefined;
    const row = await db.team.create({
      data: {
        ...(options.ids ? { id: options.ids.team(team.name) } : {}),
        organizationId: org.id,
        name: team.name,
        ...(team.channelId ? { channelId: team.channelId } : {}),
        ...(parentId ? { parentId } : {}),
        schedule: { create: { ...team.schedule } },
      },
    });
    teams[team.name] = row.id;
    for (const person of team.people) {
      const personId = await ensurePerson(person);
      await db.membership.create({ data: { teamId: row.id, personId, role: person.role ?? 'member' } });
    }
  }
  for (const person of spec.staff ?? []) await ensurePerson(person);
  return { organizationId: org.id, teams, people };
}
