import { beforeAll, expect, it } from 'vitest';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import { teamReportFor } from '../../src/app/reports/team-report.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** In week 48: the 12-week window runs from week 37, its periods are weeks 45–48, 41–44 and 37–40. */
const NOW = new Date('2026-11-25T12:00:00Z');

/** Closed rounds of a team of eight; each round's people leave `comments` comments (three make a batch). */
const ROUNDS = [
  { week: '2026-W30', opensAt: '2026-07-20T09:00:00Z', comments: 3, respondents: 8 },
  { week: '2026-W38', opensAt: '2026-09-14T09:00:00Z', comments: 3, respondents: 8 },
  { week: '2026-W42', opensAt: '2026-10-12T09:00:00Z', comments: 2, respondents: 8 },
  // Under k: its comments are never shown, whatever comes after.
  { week: '2026-W43', opensAt: '2026-10-19T09:00:00Z', comments: 3, respondents: 4 },
  { week: '2026-W44', opensAt: '2026-10-26T09:00:00Z', comments: 1, respondents: 8 },
  { week: '2026-W47', opensAt: '2026-11-16T09:00:00Z', comments: 3, respondents: 8 },
] as const;

describeEachDatabase('a team report’s comments over the window', (database) => {
  let app: AppFixture;
  let comments: Extract<NonNullable<TeamReport['comments']>, { items: unknown }>;

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    const org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme-comments',
      teams: [{ name: 'Care', people: [] }],
    });
    const teamId = org.teams.Care ?? '';
    for (const [index, plan] of ROUNDS.entries()) {
      const opensAt = new Date(plan.opensAt);
      const closedAt = new Date(opensAt.getTime() + 3 * 86_400_000);
      const round = await app.ctx.db.round.create({
        data: {
          teamId,
          number: index + 1,
          date: plan.opensAt.slice(0, 10),
          week: plan.week,
          status: 'closed',
          k: 5,
          commentK: 3,
          opensAt,
          closesAt: closedAt,
          closedAt,
          invited: 8,
          respondents: plan.respondents,
        },
      });
      await app.ctx.db.comment.createMany({
        data: Array.from({ length: plan.comments }, (_, i) => ({
          roundId: round.id,
          teamId,
          text: `${plan.week} comment ${i + 1}`,
        })),
      });
    }
    const report = await teamReportFor(app.ctx, teamId, { id: 'hr', locale: 'en' }, NOW);
    if (report.kind !== 'team-report' || !report.comments || !('items' in report.comments))
      throw new Error('expected released comments in the team report');
    comments = report.comments;
  });

  it('shows every batch released in the window, grouped by four-week period, newest first', () => {
    expect(comments.groups?.map((group) => group.label)).toEqual([
      'Comments from Week 47, 2026, in shuffled order.',
      'Comments from Week 42, 2026 to Week 44, 2026, in shuffled order.',
      'Comments from Week 38, 2026, in shuffled order.',
    ]);
    expect(comments.groups?.map((group) => [...group.items].sort())).toEqual([
      ['2026-W47 comment 1', '2026-W47 comment 2', '2026-W47 comment 3'],
      ['2026-W42 comment 1', '2026-W42 comment 2', '2026-W44 comment 1'],
      ['2026-W38 comment 1', '2026-W38 comment 2', '2026-W38 comment 3'],
    ]);
  });

  it('leaves out what was released before the window and what the rule never released', () => {
    expect(comments.items.some((text) => text.startsWith('2026-W30'))).toBe(false);
    expect(comments.items.some((text) => text.startsWith('2026-W43'))).toBe(false);
    expect(comments.items).toHaveLength(9);
  });
});
