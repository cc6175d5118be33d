import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { seedOrganization, type SeededOrganization } from '../../src/app/seed-organization.ts';
import type { OrgReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

const people = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    platformUserId: `${prefix}${i}`,
    displayName: `${prefix}${i}`,
  }));

describeEachDatabase('the organisation report over a team hierarchy', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;
  let report: OrgReport;

  /** A closed round of one team in which `respondents` people rated Leadership `value`. */
  async function closedRound(teamId: string, respondents: number, value: number, week = '2026-W47') {
    const round = await app.ctx.db.round.create({
      data: {
        teamId,
        number: Number(week.slice(-2)),
        date: '2026-11-17',
        week,
        status: 'closed',
        k: 5,
        commentK: 10,
        opensAt: new Date('2026-11-17T09:00:00Z'),
        closesAt: new Date('2026-11-20T09:00:00Z'),
        invited: respondents,
        respondents,
      },
    });
    const stats = { n: respondents, sum: value * respondents, sumSq: value * value * respondents };
    const common = {
      roundId: round.id,
      teamId,
      week,
      targetKind: 'element',
      targetKey: 'leadership',
      scale: 'agree5',
    };
    const favourable = value >= 4 ? respondents : 0;
    await app.ctx.db.scoreSnapshot.createMany({
      data: [
        {
          ...common,
          ...stats,
          statementId: 'ld-3.1-driven',
          favourable,
          promoters: 0,
          detractors: 0,
          respondents,
        },
        { ...common, ...stats, statementId: null, favourable, promoters: 0, detractors: 0, respondents },
      ],
    });
  }

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [
        { name: 'Service', people: [] },
        { name: 'Care', parent: 'Service', people: people('c', 8) },
        { name: 'Desk', parent: 'Service', people: people('d', 3) },
        { name: 'Sales', people: people('s', 6) },
        { name: 'Field', people: people('f', 7) },
      ],
      staff: [{ platformUserId: 'hr', displayName: 'HR', isHr: true }],
    });
    await closedRound(org.teams.Care ?? '', 8, 4);
    await closedRound(org.teams.Desk ?? '', 3, 2);
    await closedRound(org.teams.Sales ?? '', 6, 5);
    // Field: one round in the window with another six weeks before it, and one long before the window.
    await closedRound(org.teams.Field ?? '', 7, 5, '2026-W24');
    await closedRound(org.teams.Field ?? '', 7, 1, '2026-W41');
    await closedRound(org.teams.Field ?? '', 6, 5, '2026-W47');
    const built = await createPulseServices(app.ctx).orgReport(org.people.hr ?? '');
    if (built.kind === 'notice') throw new Error(`expected the organisation report, got: ${built.text}`);
    report = built;
  });

  const cell = (team: string) =>
    report.heatmap.find((row) => row.team.name === team)?.cells.find((c) => c.elementKey === 'leadership');

  it('shows teams at or above k and hides a team below k', () => {
    expect(cell('Sales')?.score).toBe(100);
    expect(cell('Desk')).toMatchObject({ score: null, hidden: 'below_k' });
  });

  it('pools a team’s shown rounds over the window and leaves out those before it', () => {
    // W41 (7 × 1) and W47 (6 × 5) pooled by their answers; W24 is outside the 12 weeks up to W48.
    expect(cell('Field')).toMatchObject({
      score: Math.round((6 * 100) / 13),
      n: 13,
      rounds: 2,
      statements: 1,
    });
    expect(report.windowLabel).toContain('12 weeks');
    // The 12 weeks from Monday of week 37 up to the day the report was read (the fixture's clock).
    expect(report.scoreWindow).toEqual({
      weeks: 12,
      asOfWeek: '2026-W48',
      from: '2026-09-07',
      to: '2026-11-23',
    });
  });

  it('says why a cell is empty: nothing asked in the window', () => {
    const other = report.heatmap
      .find((row) => row.team.name === 'Sales')
      ?.cells.find((c) => c.elementKey === 'understanding-customers');
    expect(other).toMatchObject({ score: null, hidden: 'not_asked' });
  });

  it('rolls a team up from the rounds below it that were shown, so subtracting a sibling reveals nothing', () => {
    const service = cell('Service');
    const care = cell('Care');
    // Desk's three answers were hidden on Desk's own page and never enter Service's cell.
    expect(service).toMatchObject({ score: care?.score, n: 8, rounds: 1 });
    expect(care).toMatchObject({ n: 8 });
  });
});
