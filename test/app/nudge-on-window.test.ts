import { beforeAll, expect, it } from 'vitest';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import { postTeamNudge } from '../../src/app/reports/team-nudge.ts';
import { teamReportFor } from '../../src/app/reports/team-report.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** In week 48: the score window runs from week 37. */
const NOW = new Date('2026-11-25T12:00:00Z');

/** One closed round of the week and, per element, the values its six people gave. */
interface RoundPlan {
  readonly week: string;
  readonly number: number;
  readonly opensAt: string;
  readonly answers: Readonly<Record<string, { readonly statementId: string; readonly values: number[] }>>;
}

/**
 * Innovation: all 1 in week 40, all 5 in week 47 (the latest round says 100,
 * the window 50). Culture: all 3 in week 38, mostly 3 in week 47 (the latest
 * round says 58, the window 54).
 */
const PLAN: readonly RoundPlan[] = [
  {
    week: '2026-W38',
    number: 1,
    opensAt: '2026-09-14T09:00:00Z',
    answers: { culture: { statementId: 'cu-4.1-described', values: [3, 3, 3, 3, 3, 3] } },
  },
  {
    week: '2026-W40',
    number: 2,
    opensAt: '2026-09-28T09:00:00Z',
    answers: { innovation: { statementId: 'in-9.1-attitude', values: [1, 1, 1, 1, 1, 1] } },
  },
  {
    week: '2026-W47',
    number: 3,
    opensAt: '2026-11-16T09:00:00Z',
    answers: {
      innovation: { statementId: 'in-9.1-attitude', values: [5, 5, 5, 5, 5, 5] },
      culture: { statementId: 'cu-4.1-described', values: [3, 3, 3, 3, 4, 4] },
    },
  },
];

describeEachDatabase('the team nudge on the rolling window', (database) => {
  let app: AppFixture;
  let teamId: string;
  let lastRound: string;

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    const org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme-nudge',
      teams: [{ name: 'Care', channelId: 'C-care', people: [] }],
    });
    teamId = org.teams.Care ?? '';
    for (const plan of PLAN) lastRound = await closedRound(app, teamId, plan);
  });

  it('aims at the weakest element over the window, not the one whose last round was weakest', async () => {
    await postTeamNudge(app.ctx, lastRound, NOW);
    const post = await app.ctx.db.nudgePost.findFirstOrThrow({ where: { teamId } });
    // The last round alone would make culture (58) weaker than innovation (100); the window says 50 against 54.
    expect({ kind: post.targetKind, key: post.targetKey }).toEqual({ kind: 'element', key: 'innovation' });
  });

  it('judges an earlier nudge by the window before it against the window now, once four weeks have passed', async () => {
    await app.ctx.db.nudgePost.deleteMany({ where: { teamId } });
    // Posted in week 44: the round before it (week 40) never asked culture, but the window before it did (week 38).
    const culture = app.ctx.bank.nudges.find(
      (n) => n.target.kind === 'element' && n.target.key === 'culture',
    );
    const innovation = app.ctx.bank.nudges.find(
      (n) => n.target.kind === 'element' && n.target.key === 'innovation',
    );
    if (!culture || !innovation) throw new Error('the bank has nudges for culture and innovation');
    for (const [nudge, postedAt] of [
      [culture, '2026-10-28T09:00:00Z'],
      [innovation, '2026-11-24T09:00:00Z'],
    ] as const) {
      await app.ctx.db.nudgePost.create({
        data: {
          teamId,
          nudgeId: nudge.id,
          targetKind: nudge.target.kind,
          targetKey: nudge.target.key,
          postedAt: new Date(postedAt),
        },
      });
    }
    const report = await teamReportFor(app.ctx, teamId, { id: 'hr', locale: 'en' }, NOW);
    if (report.kind !== 'team-report') throw new Error('expected the team report');
    const effects = Object.fromEntries(report.nudges.map((n) => [n.targetLabel, n.effectLabel]));
    // Culture: 50 before, 54 after on a few answers: within the noise.
    expect(Object.values(effects)).toContain('No clear change afterwards');
    // Innovation was nudged yesterday: too early.
    expect(Object.values(effects)).toContain('Too early to tell');
  });
});

async function closedRound(app: AppFixture, teamId: string, plan: RoundPlan): Promise<string> {
  const opensAt = new Date(plan.opensAt);
  const closedAt = new Date(opensAt.getTime() + 3 * 86_400_000);
  const round = await app.ctx.db.round.create({
    data: {
      teamId,
      number: plan.number,
      date: plan.opensAt.slice(0, 10),
      week: plan.week,
      status: 'closed',
      k: 5,
      commentK: 10,
      opensAt,
      closesAt: closedAt,
      closedAt,
      invited: 6,
      respondents: 6,
    },
  });
  for (const [element, { statementId, values }] of Object.entries(plan.answers)) {
    const n = values.length;
    const common = {
      roundId: round.id,
      teamId,
      week: plan.week,
      targetKind: 'element',
      targetKey: element,
      scale: 'agree5',
      n,
      sum: values.reduce((a, b) => a + b, 0),
      sumSq: values.reduce((a, b) => a + b * b, 0),
      favourable: values.filter((v) => v >= 4).length,
      promoters: 0,
      detractors: 0,
      respondents: n,
    };
    await app.ctx.db.scoreSnapshot.createMany({
      data: [
        { ...common, statementId },
        { ...common, statementId: null },
      ],
    });
  }
  return round.id;
}
