import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { teamReportFor } from '../../src/app/reports/team-report.ts';
import { tick } from '../../src/app/tick.ts';
import { isParallelPair } from '../../src/model/index.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import {
  answeredRounds,
  ROUND_ANSWERING,
  ROUNDS_CLOSED,
  type AnsweredRounds,
} from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

describeEachDatabase("a leader's own view beside the team's", (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  let leaderId: string;

  beforeAll(async () => {
    app = await appFixture(await database.fresh(), { k: 5 });
    seeded = await answeredRounds(app, ['ops'], { size: 12 });
    leaderId = seeded.org.people['ops-lead'] ?? '';
    const card = app.platform.directTo('ops-lead').at(-1)?.document;
    if (card?.kind !== 'pulse-card') throw new Error('no card for the leader');
    const services = createPulseServices({ ...app.ctx, clock: { now: () => ROUND_ANSWERING } });
    for (const item of card.items) {
      const value = item.scale === 'nps11' ? 10 : 5;
      await services.recordAnswer({
        personId: leaderId,
        token: card.token,
        statementId: item.statementId,
        value,
      });
    }
    await tick(app.ctx, ROUNDS_CLOSED);
  }, 120_000);

  it('compares only statements both the leader and at least k of the team answered in that round', async () => {
    const teamId = seeded.org.teams.ops ?? '';
    const report = await teamReportFor(app.ctx, teamId, { id: leaderId, locale: 'en' }, ROUNDS_CLOSED, {
      selfOf: leaderId,
    });
    if (report.kind !== 'team-report') throw new Error(`expected a report, got ${report.kind}`);

    const round = seeded.rounds.ops ?? '';
    const own = await app.ctx.db.leaderRating.findMany({ where: { personId: leaderId, roundId: round } });
    const team = await app.ctx.db.scoreSnapshot.findMany({
      where: { roundId: round, statementId: { not: null } },
    });
    const parallel = new Set(
      app.ctx.bank.statements.filter((s) => s.scale === 'agree5' && isParallelPair(s)).map((s) => s.id),
    );
    const shown = new Map(team.filter((s) => s.respondents >= 5).map((s) => [s.statementId ?? '', s]));
    const matched = own.filter((r) => parallel.has(r.statementId) && shown.has(r.statementId));
    const expected = new Map<string, { sum: number; count: number }>();
    for (const rating of matched) {
      const id = `${rating.targetKind}:${rating.targetKey}`;
      const snapshot = shown.get(rating.statementId);
      const entry = expected.get(id) ?? { sum: 0, count: 0 };
      expected.set(id, { sum: entry.sum + (snapshot?.sum ?? 0), count: entry.count + (snapshot?.n ?? 0) });
    }

    expect(expected.size).toBeGreaterThan(0);
    expect(report.gaps.map((gap) => `${gap.target.kind}:${gap.target.key}`).sort()).toEqual(
      [...expected.keys()].sort(),
    );
    for (const gap of report.gaps) {
      const stats = expected.get(`${gap.target.kind}:${gap.target.key}`);
      const teamScore = Math.round((((stats?.sum ?? 0) / (stats?.count ?? 1) - 1) / 4) * 100);
      expect(gap.self).toBe(100);
      expect(gap.team).toBe(teamScore);
    }
  });

  it('shows no self-view in a report built for someone else', async () => {
    const teamId = seeded.org.teams.ops ?? '';
    const report = await teamReportFor(app.ctx, teamId, { id: leaderId, locale: 'en' }, ROUNDS_CLOSED);
    if (report.kind !== 'team-report') throw new Error(`expected a report, got ${report.kind}`);
    expect(report.gaps).toEqual([]);
  });
});
