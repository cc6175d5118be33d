import { describe, expect, it } from 'vitest';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import { syncTeamMembers } from '../../src/app/sync-teams.ts';
import type { MemberProfile } from '../../src/app/ports.ts';
import { appFixture } from '../support/app-fixture.ts';
import { sqliteDatabase } from '../support/databases.ts';

const members = (from: number, to: number): MemberProfile[] =>
  Array.from({ length: to - from }, (_, i) => ({
    platformUserId: `U${from + i}`,
    displayName: `Person ${from + i}`,
  }));

/**
 * A channel of 1,600 people is larger than the number of values SQLite takes
 * in one statement: the team's sync still adds everyone, and a later sync
 * still marks who left, brings back who returned and refreshes a changed name.
 * (A few thousand rows written on busy shared cores: a generous time limit.)
 */
describe('a team of 1,600 synced on SQLite', () => {
  const database = sqliteDatabase();
  it('adds everyone, then marks the leavers and welcomes back a returner', async () => {
    const app = await appFixture(await database.fresh());
    const org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [{ name: 'Support', channelId: 'C-support', people: [] }],
    });
    const teamId = org.teams.Support ?? '';
    const monday = new Date('2026-11-23T08:00:00Z');

    expect(await syncTeamMembers(app.ctx, teamId, members(0, 1600), monday)).toEqual({
      added: 1600,
      left: 0,
    });

    const tuesday = new Date('2026-11-24T08:00:00Z');
    expect(await syncTeamMembers(app.ctx, teamId, members(0, 1590), tuesday)).toEqual({ added: 0, left: 10 });
    expect(await app.ctx.db.membership.count({ where: { teamId, leftAt: null } })).toBe(1590);

    const wednesday = new Date('2026-11-25T08:00:00Z');
    const renamed = { platformUserId: 'U7', displayName: 'Person 7 (on leave)' };
    const back = [...members(0, 7), renamed, ...members(8, 1590), ...members(1595, 1596)];
    expect(await syncTeamMembers(app.ctx, teamId, back, wednesday)).toEqual({ added: 1, left: 0 });
    expect(await app.ctx.db.membership.count({ where: { teamId, leftAt: null } })).toBe(1591);
    const person = await app.ctx.db.person.findFirstOrThrow({ where: { platformUserId: 'U7' } });
    expect(person.displayName).toBe('Person 7 (on leave)');
  }, 240_000);
});
