import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { enpsPeriod, findDerivation, type FigureOver, type RespondentGroup } from '../../src/core/index.ts';
import { orgReportFor } from '../../src/app/reports/org-report.ts';
import { teamReportFor } from '../../src/app/reports/team-report.ts';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** Up to four teams in a tree, rounds in two weeks with sizes near k, k changing, closes in any order. */
const organisationArb = fc.array(
  fc.record({
    parent: fc.option(fc.nat(), { nil: undefined }),
    rounds: fc.array(
      fc.option(
        fc.record({
          respondents: fc.integer({ min: 1, max: 8 }),
          k: fc.integer({ min: 3, max: 5 }),
          order: fc.nat({ max: 100 }),
        }),
        { nil: undefined },
      ),
      { minLength: 2, maxLength: 2 },
    ),
  }),
  { minLength: 2, maxLength: 4 },
);

const WEEKS = ['2026-W47', '2026-W48'] as const;
/** When the reports are read: both weeks are in the score window. */
const NOW = new Date('2026-12-01T00:00:00Z');

describeEachDatabase('no figure any viewer can reach isolates fewer than k people', (database) => {
  let app: AppFixture;
  beforeAll(async () => {
    app = await appFixture(await database.fresh());
  });

  it('through the real organisation and team reports, after every close, for generated organisations', async () => {
    let organisations = 0;
    let figures = 0;
    await fc.assert(
      fc.asyncProperty(organisationArb, async (teams) => {
        organisations++;
        const names = teams.map((_, i) => `T${i}`);
        const parentOf = (i: number) => {
          const parent = teams[i]?.parent;
          return parent === undefined || i === 0 ? undefined : parent % i;
        };
        const org = await seedOrganization(app.ctx.db, {
          name: `Org ${organisations}`,
          platform: 'local',
          externalId: `org-${organisations}-${database.provider}`,
          teams: names.map((name, i) => {
            const parent = parentOf(i);
            return { name, people: [], ...(parent === undefined ? {} : { parent: names[parent] as string }) };
          }),
          staff: [{ platformUserId: `hr-${organisations}`, displayName: 'HR', isHr: true }],
        });
        const teamId = (i: number) => org.teams[names[i] as string] ?? '';
        // A team's rounds close in week order; across teams, in any order (a late close after another's next week).
        const rounds = teams
          .flatMap((team, i) => {
            let after = -1;
            return team.rounds.flatMap((round, w) => {
              if (!round) return [];
              after = Math.max(round.order, after + 1);
              return [{ team: i, week: WEEKS[w] as string, ...round, order: after }];
            });
          })
          .sort((a, b) => a.order - b.order || a.team - b.team);
        const groups: RespondentGroup[] = rounds.map((r) => ({
          id: `${r.team} ${r.week}`,
          respondents: r.respondents,
          k: r.k,
        }));
        const seen = new Map<string, FigureOver>();
        const see = (groupIds: string[], n: number) => {
          const size = groupIds.reduce(
            (total, id) => total + (groups.find((g) => g.id === id)?.respondents ?? 0),
            0,
          );
          // The figure is about exactly these groups: the report's n says so.
          expect(n).toBe(size);
          seen.set([...groupIds].sort().join(','), { id: groupIds.join('+'), groups: groupIds });
        };
        const closed: typeof rounds = [];
        for (const [index, round] of rounds.entries()) {
          await closeRound(app, teamId(round.team), round, index);
          closed.push(round);
          const latest = (team: number) =>
            closed.filter((r) => r.team === team).sort((a, b) => b.week.localeCompare(a.week))[0];
          const subtree = (team: number): number[] => [
            team,
            ...names.flatMap((_, i) => (parentOf(i) === team ? subtree(i) : [])),
          ];
          const report = await orgReportFor(app.ctx, org.organizationId, { id: 'hr', locale: 'en' }, NOW);
          if (report.kind === 'notice') throw new Error('expected the organisation report');
          for (const row of report.heatmap) {
            const cell = row.cells.find((c) => c.elementKey === 'leadership');
            if (cell?.score === null || cell === undefined) continue;
            // A cell pools, over the window, the rounds of its team and the teams below that were shown on their own.
            const team = new Set(subtree(names.indexOf(row.team.name)));
            const parts = closed
              .filter((r) => team.has(r.team) && r.respondents >= r.k)
              .map((r) => `${r.team} ${r.week}`);
            see(parts, cell.n);
          }
          // The organisation's eNPS pools every team's rounds of a 4-week period.
          for (const point of report.enps?.history ?? []) {
            if (point.value === null) continue;
            see(
              closed
                .filter((r) => enpsPeriod(r.week) === enpsPeriod(point.period))
                .map((r) => `${r.team} ${r.week}`),
              point.n,
            );
          }
          for (const [i] of names.entries()) {
            const page = await teamReportFor(app.ctx, teamId(i), { id: 'lead', locale: 'en' }, NOW);
            if (page.kind === 'notice') continue;
            const last = latest(i);
            // eNPS pools the shown rounds of the latest round's 4-week period.
            if (page.enps?.score !== null && page.enps !== undefined && last)
              see(
                closed
                  .filter((r) => r.team === i && r.respondents >= r.k)
                  .filter((r) => enpsPeriod(r.week) === enpsPeriod(last.week))
                  .map((r) => `${r.team} ${r.week}`),
                page.enps.n,
              );
            // A team's scores pool the window's rounds that were themselves shown (at their own k).
            const shown = closed
              .filter((r) => r.team === i && r.respondents >= r.k)
              .map((r) => `${r.team} ${r.week}`);
            const leadership = page.elements.find((row) => row.target.key === 'leadership');
            if (leadership && leadership.score !== null) see(shown, leadership.n);
          }
        }
        figures += seen.size;
        expect(findDerivation(groups, [...seen.values()])).toBeNull();
      }),
      { numRuns: 12, seed: 47 },
    );
    console.info(
      `reports on ${database.provider}: ${organisations} organisations, ${figures} distinct figures seen, 0 derivations`,
    );
  }, 300_000);
});

/** A closed round in which `respondents` people rated Leadership and answered the eNPS question. */
async function closeRound(
  app: AppFixture,
  teamId: string,
  round: { week: string; respondents: number; k: number },
  index: number,
) {
  const closedAt = new Date(Date.UTC(2026, 10, 20, 9, index));
  const created = await app.ctx.db.round.create({
    data: {
      teamId,
      number: index + 1,
      date: '2026-11-17',
      week: round.week,
      status: 'closed',
      k: round.k,
      commentK: 10,
      opensAt: new Date('2026-11-17T09:00:00Z'),
      closesAt: closedAt,
      closedAt,
      invited: round.respondents,
      respondents: round.respondents,
    },
  });
  const n = round.respondents;
  const base = { roundId: created.id, teamId, week: round.week };
  const agree = {
    targetKind: 'element',
    targetKey: 'leadership',
    scale: 'agree5',
    n,
    sum: 4 * n,
    sumSq: 16 * n,
  };
  const nps = { targetKind: 'enps', targetKey: 'enps', scale: 'nps11', n, sum: 8 * n, sumSq: 64 * n };
  const counts = { favourable: n, promoters: 0, detractors: 0, respondents: n };
  await app.ctx.db.scoreSnapshot.createMany({
    data: [
      { ...base, ...agree, ...counts, statementId: 'ld-3.1-driven' },
      { ...base, ...agree, ...counts, statementId: null },
      { ...base, ...nps, ...counts, statementId: 'enps' },
      { ...base, ...nps, ...counts, statementId: null },
    ],
  });
}
