import { beforeAll, expect, it } from 'vitest';
import { openRound } from '../../src/app/open-rounds.ts';
import type { MemberProfile } from '../../src/app/ports.ts';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import { syncTeamMembers } from '../../src/app/sync-teams.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

const members = (prefix: string, count: number): MemberProfile[] =>
  Array.from({ length: count }, (_, i) => ({ platformUserId: `${prefix}${i}`, displayName: `Person ${i}` }));

/**
 * A round's rows go in one transaction, and a transaction has a time limit
 * (five seconds by default): with one statement per person, a team of a few
 * hundred on a busy PostgreSQL server ran past it and the round never opened.
 * Opening a round now takes at most twice the statements for 450 people as
 * for 45 (PostgreSQL the same number; SQLite splits long lists of values
 * into a few statements), so its transaction stays short whatever the team's size.
 */
describeEachDatabase('opening a round for a team of 450', (database) => {
  let app: AppFixture;
  let statements = 0;
  const teams: Record<string, string> = {};
  const monday = new Date('2026-11-23T08:00:00Z');

  beforeAll(async () => {
    app = await appFixture(await database.fresh(), {}, { onQuery: () => statements++ });
    const org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [
        { name: 'Desk', channelId: 'C-desk', people: [] },
        { name: 'Support', channelId: 'C-support', people: [] },
      ],
    });
    teams.Desk = org.teams.Desk ?? '';
    teams.Support = org.teams.Support ?? '';
    await syncTeamMembers(app.ctx, teams.Desk, members('D', 45), monday);
    await syncTeamMembers(app.ctx, teams.Support, members('S', 450), monday);
  }, 120_000);

  const statementsToOpen = async (team: string, startsAt: Date) => {
    const before = statements;
    await openRound(app.ctx, team, startsAt, startsAt, { atStart: true });
    return statements - before;
  };

  it('invites everyone, queues their cards and keeps their rotation, in at most twice the statements of a team of 45', async () => {
    const tuesday = new Date('2026-11-24T09:00:00Z');
    const small = await statementsToOpen(teams.Desk ?? '', tuesday);
    const large = await statementsToOpen(teams.Support ?? '', tuesday);

    expect(large).toBeLessThanOrEqual(small * 2);
    const round = await app.ctx.db.round.findFirstOrThrow({ where: { teamId: teams.Support ?? '' } });
    expect(round.invited).toBe(450);
    expect(await app.ctx.db.participation.count({ where: { roundId: round.id } })).toBe(450);
    expect(await app.ctx.db.job.count({ where: { kind: 'pulse-dm' } })).toBe(495);
    const states = await app.ctx.db.rotationState.findMany({ where: { teamId: teams.Support ?? '' } });
    expect(states).toHaveLength(450);
    const asked = await app.ctx.db.participation.findFirstOrThrow({ where: { roundId: round.id } });
    const state = states.find((s) => s.personId === asked.personId);
    const statementsAsked = (JSON.parse(asked.statementIds ?? '[]') as string[]).filter(
      (id) => id !== 'enps',
    );
    expect(JSON.parse(state?.askedIds ?? '[]')).toEqual([...statementsAsked].sort());
  }, 120_000);

  it("opens the next week's round the same way, adding to everyone's rotation instead of starting it anew", async () => {
    const before = await app.ctx.db.rotationState.findMany({ where: { teamId: teams.Support ?? '' } });
    const nextTuesday = new Date('2026-12-01T09:00:00Z');
    const small = await statementsToOpen(teams.Desk ?? '', nextTuesday);
    const large = await statementsToOpen(teams.Support ?? '', nextTuesday);

    expect(large).toBeLessThanOrEqual(small * 2);
    const after = await app.ctx.db.rotationState.findMany({ where: { teamId: teams.Support ?? '' } });
    expect(after).toHaveLength(450);
    const grown = after.filter((state) => {
      const earlier = before.find((b) => b.personId === state.personId);
      return (
        (JSON.parse(state.askedIds) as string[]).length >
        (JSON.parse(earlier?.askedIds ?? '[]') as string[]).length
      );
    });
    expect(grown).toHaveLength(450);
  }, 120_000);
});
