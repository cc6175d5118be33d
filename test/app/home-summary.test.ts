import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { playgroundReach } from '../../adapters/local/index.ts';
import { homeHtml } from '../../adapters/local/dashboard/home-html.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import type { HomeSummary, OrgHome, TeamHome } from '../../src/app/reports/home-figures.ts';
import { seedOrganization, type SeededOrganization } from '../../src/app/seed-organization.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { closedRoundWith, weekBefore, type StatementAnswers } from '../support/closed-round-history.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** The fixture's clock stands in this week; the rounds are the eleven weeks before it. */
const NOW_WEEK = '2026-W48';
const ROUNDS = 11;

const members = (team: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ platformUserId: `${team}-${i}`, displayName: `${team} ${i}` }));

/** Engagement low and then high, leadership the other way round, eNPS steady: one mover each way. */
function answersIn(week: string, size: number): StatementAnswers[] {
  const late = week >= weekBefore(NOW_WEEK, 3);
  const take = (values: number[]) => values.slice(0, size);
  return [
    {
      statementId: 'ee-6.1-role-goals',
      target: { kind: 'element', key: 'employee-engagement' },
      values: take(late ? [5, 5, 4, 5, 5, 5, 4, 5] : [2, 3, 3, 2, 3, 3, 2, 3]),
    },
    {
      statementId: 'ld-3.1-driven',
      target: { kind: 'element', key: 'leadership' },
      values: take(late ? [2, 1, 2, 2, 1, 2, 3, 2] : [4, 5, 4, 4, 5, 4, 4, 5]),
    },
    { statementId: 'enps', target: { kind: 'enps', key: 'enps' }, values: take([9, 10, 7, 8, 3, 10, 9, 6]) },
  ];
}

function onlyTeam(home: HomeSummary, name: string): TeamHome {
  const team = home.teams.find((t) => t.team.name === name);
  if (team?.kind !== 'team') throw new Error(`expected figures for ${name}, got ${team?.kind}`);
  return team;
}

describeEachDatabase('the dashboard home', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;
  let services: PulseServices;

  async function history(team: string, size: number) {
    const teamId = org.teams[team] ?? '';
    const invited = members(team, size).map((m) => org.people[m.platformUserId] ?? '');
    for (let i = 0; i < ROUNDS; i++) {
      const week = weekBefore(NOW_WEEK, ROUNDS - i);
      await closedRoundWith(app.ctx.db, {
        teamId,
        number: i + 1,
        week,
        k: 5,
        invited,
        answers: answersIn(week, size),
      });
    }
  }

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    services = createPulseServices(app.ctx);
    const lead = (name: string) => ({ platformUserId: name, displayName: name, role: 'leader' as const });
    org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [
        { name: 'Care', people: [lead('care-lead'), ...members('Care', 8)] },
        { name: 'Desk', people: [lead('desk-lead'), ...members('Desk', 3)] },
        { name: 'Fresh', people: [lead('care-lead'), ...members('Fresh', 6)] },
      ],
      staff: [{ platformUserId: 'hr', displayName: 'HR', isHr: true }],
    });
    await history('Care', 8);
    await history('Desk', 3);
  });

  it('shows a leader each of their teams: engagement and eNPS with their trends, participation and the movers', async () => {
    const home = await services.homeSummary(org.people['care-lead'] ?? '');
    expect(home.organisation).toBeUndefined();
    expect(home.teams.map((t) => [t.team.name, t.kind])).toEqual([
      ['Care', 'team'],
      ['Fresh', 'team-notice'],
    ]);
    const care = onlyTeam(home, 'Care');
    expect(care.windowLabel).toMatch(/12 weeks/);
    const shown = care.engagement.trend.flatMap((p) => (p.value === null ? [] : [p.value]));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    const [first = 100, last = 0] = [shown.at(0), shown.at(-1)];
    expect(last).toBeGreaterThan(first);
    // The rolling score pools the whole window: between its early and its late periods.
    expect(care.engagement.cell.score).toBeGreaterThan(first);
    expect(care.engagement.cell.score).toBeLessThan(last);
    expect(care.engagement.cell.n).toBeGreaterThan(0);
    // The eNPS line is the team report's own: a point per four-week period, shown, hidden or not asked as it says.
    const careReport = await services.teamReport(org.people['care-lead'] ?? '', org.teams['Care'] ?? '');
    expect(careReport.kind).toBe('team-report');
    if (careReport.kind !== 'team-report') return;
    expect(care.enps.trend).toEqual(careReport.enps?.history ?? []);
    expect(care.enps.trend.some((p) => p.value !== null)).toBe(true);
    expect(care.enps.cell?.score).toBe(careReport.enps?.score);
    expect(care.participation).toMatchObject({ invited: 8, respondents: 8, ratePercent: 100 });
    expect(care.participation.periodLabel).toBe('Week 47, 2026');
    expect(care.movers.up.map((m) => m.label)).toEqual(['Employee engagement']);
    expect(care.movers.down.map((m) => m.label)).toEqual(['Leadership']);
    expect(care.movers.up[0]?.trendLabel).toMatch(/^Up/);
    const audit = await app.ctx.db.auditLog.findMany({ where: { actorId: org.people['care-lead'] ?? '' } });
    expect(audit.map((a) => [a.action, a.subject])).toContainEqual(['report.viewed', 'home']);
  });

  it('says there are no results yet before a first round closes, for a team and for HR’s organisation', async () => {
    const home = await services.homeSummary(org.people['care-lead'] ?? '');
    const fresh = home.teams.find((t) => t.team.name === 'Fresh');
    expect(fresh?.kind === 'team-notice' && fresh.notice.text).toBe(
      'There are no results for Fresh yet. They follow once the first round has closed.',
    );
    const newco = await seedOrganization(app.ctx.db, {
      name: 'Newco',
      platform: 'local',
      externalId: 'newco',
      teams: [{ name: 'Start', people: members('Start', 6) }],
      staff: [{ platformUserId: 'newco-hr', displayName: 'HR', isHr: true, locale: 'nl' }],
    });
    const hrHome = await services.homeSummary(newco.people['newco-hr'] ?? '');
    expect(hrHome.organisation).toMatchObject({
      kind: 'org-notice',
      notice: { locale: 'nl', title: 'Nog geen resultaten' },
    });
    const page = (await homeHtml(hrHome, { basePath: '', query: '?as=x', reach: playgroundReach })).value;
    expect(page).toContain('Nog geen resultaten');
    expect(page).toContain('De belangrijkste cijfers van de organisatie');
    expect(page).toContain('href="/dashboard/org?as=x"');
  });

  it('shows no figure of a team below k: hidden with its reason, no trend value, no movers', async () => {
    const desk = onlyTeam(await services.homeSummary(org.people['desk-lead'] ?? ''), 'Desk');
    expect(desk.engagement.cell).toMatchObject({ score: null, hidden: 'below_k' });
    expect(desk.engagement.trend.every((p) => p.value === null && p.hidden !== undefined)).toBe(true);
    expect(desk.enps.cell?.score ?? null).toBeNull();
    expect(desk.enps.trend.every((p) => p.value === null && p.hidden === 'below_k')).toBe(true);
    expect(desk.movers).toEqual({ up: [], down: [] });
    // Who took part is not what anyone answered: shown at any size, as in the report.
    expect(desk.participation).toMatchObject({ invited: 3, respondents: 3 });
  });

  it('gives HR the organisation exactly as its report discloses it, never a figure the report hides', async () => {
    const hr = org.people.hr ?? '';
    const home = await services.homeSummary(hr);
    const report = await services.orgReport(hr);
    if (report.kind === 'notice' || home.organisation?.kind !== 'org') throw new Error('expected figures');
    const organisation: OrgHome = home.organisation;
    expect(home.teams).toEqual([]);
    expect(organisation.enps.trend).toEqual(report.enps?.history ?? []);
    expect(organisation.participation.trend).toEqual(report.participation);
    expect(organisation.participation.latest).toMatchObject({ invited: 11, respondents: 11 });
    for (const row of organisation.teams) {
      const cell = report.heatmap
        .find((r) => r.team.id === row.team.id)
        ?.cells.find((c) => c.elementKey === 'employee-engagement');
      expect(row.cell).toEqual(cell);
    }
    expect(organisation.teams.find((t) => t.team.name === 'Desk')?.cell.score).toBeNull();
    expect(report.falling).toEqual(expect.arrayContaining([...organisation.falling]));
  });

  it('gives eNPS only for periods whose rounds had their own k, whatever the sizes and k', async () => {
    let team = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ respondents: fc.integer({ min: 1, max: 8 }), k: fc.integer({ min: 3, max: 6 }) }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        async (rounds) => {
          team++;
          const name = `Gen${team}`;
          const seeded = await seedOrganization(app.ctx.db, {
            name,
            platform: 'local',
            externalId: `gen-${team}`,
            teams: [
              {
                name,
                people: [
                  { platformUserId: `${name}-lead`, displayName: name, role: 'leader' },
                  ...members(name, 8),
                ],
              },
            ],
          });
          const teamId = seeded.teams[name] ?? '';
          const invited = members(name, 8).map((m) => seeded.people[m.platformUserId] ?? '');
          for (const [i, round] of rounds.entries()) {
            const week = weekBefore(NOW_WEEK, rounds.length - i);
            const values = Array.from({ length: round.respondents }, (_, v) => (v * 7) % 11);
            const answers = [{ statementId: 'enps', target: { kind: 'enps', key: 'enps' }, values }];
            await closedRoundWith(app.ctx.db, {
              teamId,
              number: i + 1,
              week,
              k: round.k,
              invited,
              answers,
            });
          }
          const lead = seeded.people[`${name}-lead`] ?? '';
          const home = await services.homeSummary(lead);
          const trend = onlyTeam(home, name).enps.trend;
          const report = await services.teamReport(lead, teamId);
          expect(trend).toEqual(report.kind === 'team-report' ? (report.enps?.history ?? []) : []);
          // A shown period pools only rounds that were shown alone, so it stands on at least the smallest k.
          const smallestK = Math.min(...rounds.map((r) => r.k));
          expect(trend.filter((p) => p.value !== null).every((p) => (p.n ?? 0) >= smallestK)).toBe(true);
          // Nothing is shown when no round reached its k.
          if (rounds.every((r) => r.respondents < r.k))
            expect(trend.every((p) => p.value === null)).toBe(true);
        },
      ),
      { numRuns: 12 },
    );
  });
});
