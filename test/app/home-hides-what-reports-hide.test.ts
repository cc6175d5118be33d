import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import type { ScoreCell } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { closedRoundWith, weekBefore } from '../support/closed-round-history.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** Up to four teams in a tree, up to three weekly rounds each with sizes near k, k changing. */
const organisationArb = fc.array(
  fc.record({
    parent: fc.option(fc.nat(), { nil: undefined }),
    rounds: fc.array(
      fc.option(
        fc.record({ respondents: fc.integer({ min: 1, max: 7 }), k: fc.integer({ min: 3, max: 5 }) }),
        {
          nil: undefined,
        },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  { minLength: 2, maxLength: 4 },
);

/** The fixture's clock stands in this week. */
const NOW_WEEK = '2026-W48';

const shown = (cell: ScoreCell | undefined) =>
  cell !== undefined && cell.hidden === undefined && cell.score !== null;

describeEachDatabase('the home never shows a figure its reports hide', (database) => {
  let app: AppFixture;
  beforeAll(async () => {
    app = await appFixture(await database.fresh());
  });

  it('for HR and every leader of generated organisations with teams near k', async () => {
    const services = createPulseServices(app.ctx);
    let organisations = 0;
    await fc.assert(
      fc.asyncProperty(organisationArb, async (teams) => {
        organisations++;
        const names = teams.map((_, i) => `T${organisations}-${i}`);
        const people = (name: string) =>
          Array.from({ length: 7 }, (_, i) => ({
            platformUserId: `${name}-${i}`,
            displayName: `${name} ${i}`,
          }));
        const org = await seedOrganization(app.ctx.db, {
          name: `Org ${organisations}`,
          platform: 'local',
          externalId: `home-${organisations}`,
          teams: names.map((name, i) => {
            const parent =
              i === 0 || teams[i]?.parent === undefined ? undefined : (teams[i]?.parent ?? 0) % i;
            return {
              name,
              people: [
                { platformUserId: `${name}-lead`, displayName: name, role: 'leader' as const },
                ...people(name),
              ],
              ...(parent === undefined ? {} : { parent: names[parent] as string }),
            };
          }),
          staff: [{ platformUserId: `hr-${organisations}`, displayName: 'HR', isHr: true }],
        });
        for (const [i, team] of teams.entries()) {
          const name = names[i] as string;
          const invited = people(name).map((p) => org.people[p.platformUserId] ?? '');
          for (const [r, round] of team.rounds.entries()) {
            if (!round) continue;
            const values = Array.from({ length: round.respondents }, (_, v) => 1 + (v % 5));
            await closedRoundWith(app.ctx.db, {
              teamId: org.teams[name] ?? '',
              number: r + 1,
              week: weekBefore(NOW_WEEK, team.rounds.length - r),
              k: round.k,
              invited,
              answers: [
                {
                  statementId: 'ee-6.1-role-goals',
                  target: { kind: 'element', key: 'employee-engagement' },
                  values,
                },
                {
                  statementId: 'enps',
                  target: { kind: 'enps', key: 'enps' },
                  values: values.map((v) => v * 2),
                },
              ],
            });
          }
        }

        const hr = org.people[`hr-${organisations}`] ?? '';
        const home = await services.homeSummary(hr);
        const report = await services.orgReport(hr);
        if (report.kind === 'notice') {
          expect(home.organisation?.kind).toBe('org-notice');
        } else {
          if (home.organisation?.kind !== 'org') throw new Error('expected the organisation on the home');
          for (const point of home.organisation.enps.trend) {
            const inReport = report.enps?.history?.find((p) => p.period === point.period);
            if (point.value !== null) expect(inReport).toEqual(point);
          }
          for (const row of home.organisation.teams) {
            const cell = report.heatmap
              .find((r) => r.team.id === row.team.id)
              ?.cells.find((c) => c.elementKey === 'employee-engagement');
            if (shown(row.cell)) expect(cell).toEqual(row.cell);
          }
        }

        for (const [i, team] of teams.entries()) {
          const name = names[i] as string;
          const lead = org.people[`${name}-lead`] ?? '';
          const page = await services.teamReport(lead, org.teams[name] ?? '');
          const found = (await services.homeSummary(lead)).teams.find((t) => t.team.name === name);
          if (page.kind === 'notice' || found?.kind !== 'team') {
            expect(found?.kind).toBe('team-notice');
            continue;
          }
          const engagement = page.elements.find((row) => row.target.key === 'employee-engagement');
          if (shown(found.engagement.cell)) expect(found.engagement.cell).toEqual(engagement);
          // Each round's eNPS is shown only where that round alone reached its own k.
          const asked = team.rounds.flatMap((round) => (round ? [round] : []));
          for (const [r, point] of found.enps.trend.entries()) {
            if (point.value !== null) expect(point.n).toBeGreaterThanOrEqual(asked[r]?.k ?? Infinity);
          }
          for (const mover of [...found.movers.up, ...found.movers.down]) {
            const row = page.elements.find((e) => e.label === mover.label);
            expect(row?.changeBeyondNoise).toBe(true);
            expect(row?.change).toBe(mover.change);
          }
        }
      }),
      { numRuns: 10, seed: 15 },
    );
  }, 300_000);
});
