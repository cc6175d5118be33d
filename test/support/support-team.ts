import {
  seedOrganization,
  type PersonSpec,
  type SeededOrganization,
  type TeamSpec,
} from '../../src/app/seed-organization.ts';
import type { Db } from '../../src/store/database.ts';

/** Rounds weekly on Tuesdays at 10:00 in Amsterdam. */
export const TUESDAY_ROUNDS: NonNullable<TeamSpec['schedule']> = {
  cadence: 'weekly',
  weekday: 2,
  localTime: '10:00',
  timeZone: 'Europe/Amsterdam',
};

/** Where Acme lives: its Slack workspace, or the local playground; the channel and leader's id there. */
const WORKSPACES = {
  slack: { externalId: 'T0001', channelId: 'C0TEAM', leader: 'U_LEA' },
  local: { externalId: 'acme', channelId: 'C-support', leader: 'lea' },
} as const;

export interface SupportTeamOptions {
  /** Slack unless said otherwise. */
  readonly platform?: keyof typeof WORKSPACES;
  /** The team's schedule: Tuesday rounds unless said otherwise; null for a team with none. */
  readonly schedule?: TeamSpec['schedule'] | null;
  readonly staff?: readonly PersonSpec[];
}

/**
 * Acme with one team, Support, led by Lea (U_LEA in Slack's workspace T0001,
 * channel C0TEAM; lea in the playground, C-support): where the tests that
 * run a team on the real use cases start. A member given by id alone is
 * named by that id.
 */
export function seedSupportTeam(
  db: Db,
  members: readonly (string | PersonSpec)[],
  options: SupportTeamOptions = {},
): Promise<SeededOrganization> {
  const platform = options.platform ?? 'slack';
  const { externalId, channelId, leader } = WORKSPACES[platform];
  const schedule = options.schedule === undefined ? TUESDAY_ROUNDS : options.schedule;
  return seedOrganization(db, {
    name: 'Acme',
    platform,
    externalId,
    teams: [
      {
        name: 'Support',
        channelId,
        ...(schedule ? { schedule } : {}),
        people: [
          { platformUserId: leader, displayName: 'Lea', role: 'leader' },
          ...members.map((member) =>
            typeof member === 'string' ? { platformUserId: member, displayName: member } : member,
          ),
        ],
      },
    ],
    ...(options.staff ? { staff: options.staff } : {}),
  });
}
