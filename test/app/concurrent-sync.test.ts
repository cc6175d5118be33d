import { expect, it } from 'vitest';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import { syncTeamMembers } from '../../src/app/sync-teams.ts';
import { appFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

/**
 * The hourly sync and one a member event asked for can run for the same team
 * at the same moment (two jobs of one tick, or two replicas): both finish,
 * and each new member is added once.
 */
describeEachDatabase('two syncs of one team at once', (database) => {
  it('both finish, and each joiner gets one membership', async () => {
    const app = await appFixture(await database.fresh());
    const org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [{ name: 'Support', channelId: 'C-support', people: [] }],
    });
    const teamId = org.teams.Support ?? '';
    const members = Array.from({ length: 20 }, (_, i) => ({
      platformUserId: `U${i}`,
      displayName: `Person ${i}`,
    }));
    const now = new Date('2026-11-23T08:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 4 }, () => syncTeamMembers(app.ctx, teamId, members, now)),
    );
    expect(results.reduce((total, result) => total + result.added, 0)).toBe(20);
    expect(await app.ctx.db.membership.count({ where: { teamId } })).toBe(20);
    expect(await app.ctx.db.person.count({ where: { organizationId: org.organizationId } })).toBe(20);
  });
});
