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

export interface SlackSupportTeamOptions {
  /** The team's schedule: Tuesday rounds unless said otherwise; null for a team with none. */
  readonly schedule?: TeamSpec['schedule'] | null;
  readonly staff?: readonly PersonSpec[];
}

/**
 * Acme's Slack workspace (T0001) with one team, Support in #C0TEAM, led by
 * U_LEA: where the tests that drive Slack on the real use cases start. A
 * member given by id alone is named by that id.
 */
export function seedSlackSupportTeam(
  db: Db,
  members: readonly (string | PersonSpec)[],
  options: SlackSupportTeamOptions = {},
): Promise<SeededOrganization> {
  const schedule = options.schedule === undefined ? TUESDAY_ROUNDS : options.schedule;
  return seedOrganization(db, {
    name: 'Acme',
    platform: 'slack',
    externalId: 'T0001',
    teams: [
      {
        name: 'Support',
        channelId: 'C0TEAM',
        ...(schedule ? { schedule } : {}),
        people: [
          { platformUserId: 'U_LEA', displayName: 'Lea', role: 'leader' },
          ...members.map((member) =>
            typeof member === 'string' ? { platformUserId: member, displayName: member } : member,
          ),
        ],
      },
    ],
    ...(options.staff ? { staff: options.staff } : {}),
  });
}
