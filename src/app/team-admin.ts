import type { Cadence } from '../core/index.ts';
import type { Db } from '../store/database.ts';
import { refusal } from '../messages/refusals.ts';

export interface AddTeamInput {
  readonly name: string;
  /** The platform channel whose members are the team and where its nudges go. */
  readonly channelId: string;
  /** Members from this user group instead of the channel (nudges still go to the channel). */
  readonly groupId?: string;
  readonly leaderPlatformUserId?: string;
  readonly schedule?: { cadence: Cadence; weekday: number; localTime: string; timeZone: string };
}

export interface AssignRoleInput {
  readonly platformUserId: string;
  readonly role: 'hr' | 'admin' | 'leader';
  /** For `leader`: the team's channel. */
  readonly channelId?: string;
}

/** A person by platform id, created if new; name, zone and language arrive with the next member sync. */
async function personFor(db: Db, organizationId: string, platformUserId: string) {
  return db.person.upsert({
    where: { organizationId_platformUserId: { organizationId, platformUserId } },
    create: { organizationId, platformUserId, displayName: platformUserId },
    update: {},
  });
}

/** Registers a channel as a team with its schedule (defaults: weekly, Tuesday 10:00) and, if given, its leader. */
export async function addTeam(
  db: Db,
  organizationId: string,
  input: AddTeamInput,
): Promise<{ id: string; name: string }> {
  const existing = await db.team.findFirst({ where: { organizationId, channelId: input.channelId } });
  if (existing?.active)
    throw refusal('usage', 'refusal.team.channel-taken', { channel: input.channelId, team: existing.name });
  const fields = {
    name: input.name,
    source: input.groupId ? 'group' : 'channel',
    sourceId: input.groupId ?? input.channelId,
  };
  // A team that stopped (the app or an admin removed it) is set up again in place: its history stays its own.
  const team = existing
    ? await db.team.update({
        where: { id: existing.id },
        data: {
          ...fields,
          active: true,
          paused: false,
          removedAt: null,
          ...(input.schedule ? { schedule: { update: { ...input.schedule, nextRunAt: null } } } : {}),
        },
      })
    : await db.team.create({
        data: {
          organizationId,
          channelId: input.channelId,
          ...fields,
          schedule: { create: { ...input.schedule } },
        },
      });
  if (input.leaderPlatformUserId) {
    await assignRole(db, organizationId, {
      platformUserId: input.leaderPlatformUserId,
      role: 'leader',
      channelId: input.channelId,
    });
  }
  return { id: team.id, name: team.name };
}

/** Makes a person HR, admin, or the leader of the team of a channel. */
export async function assignRole(db: Db, organizationId: string, input: AssignRoleInput): Promise<void> {
  const person = await personFor(db, organizationId, input.platformUserId);
  if (input.role !== 'leader') {
    await db.person.update({
      where: { id: person.id },
      data: input.role === 'hr' ? { isHr: true } : { isAdmin: true },
    });
    return;
  }
  const team = input.channelId
    ? await db.team.findFirst({ where: { organizationId, channelId: input.channelId } })
    : null;
  if (!team) {
    throw refusal('usage', 'refusal.team.channel-unknown', { channel: input.channelId ?? '(none given)' });
  }
  await db.membership.upsert({
    where: { teamId_personId: { teamId: team.id, personId: person.id } },
    create: { teamId: team.id, personId: person.id, role: 'leader' },
    update: { role: 'leader', leftAt: null },
  });
}
