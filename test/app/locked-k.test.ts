import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { analyseTeam } from '../../src/app/reports/team-analysis.ts';
import { closedRounds, comparability, lockedK, roundWeeks } from '../../src/app/round-history.ts';
import { tick } from '../../src/app/tick.ts';
import { teamStatementStats, teamTargetStats } from '../../src/store/answer-stats.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { answeredRounds, ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

const WEEK = 7 * 86_400_000;

describeEachDatabase('each round keeps the k it was opened with', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;

  beforeAll(async () => {
    app = await appFixture(await database.fresh(), { k: 5 });
    // Round 1 at k = 5: four people answer, too few for any figure.
    seeded = await answeredRounds(app, ['ops'], { size: 4 });
    await tick(app.ctx, ROUNDS_CLOSED);
    // The admin lowers k to 3; round 2 opens with it and the same four answer.
    const lowered = { ...app.ctx, settings: { ...app.ctx.settings, k: 3 } };
    const opens = new Date(ROUNDS_CLOSED.getTime() + 3 * 86_400_000); // Monday 10:00 of the next week
    await tick(lowered, opens);
    const services = createPulseServices({
      ...lowered,
      clock: { now: () => new Date(opens.getTime() + 3_600_000) },
    });
    for (let i = 0; i < 4; i++) {
      const card = app.platform.directTo(`ops-${i}`).at(-1)?.document;
      if (card?.kind !== 'pulse-card') throw new Error('no second card');
      for (const item of card.items) {
        const value = item.scale === 'nps11' ? 7 : 4;
        await services.recordAnswer({
          personId: seeded.org.people[`ops-${i}`] ?? '',
          token: card.token,
          statementId: item.statementId,
          value,
        });
      }
    }
    await tick(lowered, new Date(ROUNDS_CLOSED.getTime() + WEEK));
  }, 120_000);

  it('a figure of a round locked at k = 5 stays hidden after k is lowered to 3', async () => {
    const teamId = seeded.org.teams.ops ?? '';
    const rounds = await closedRounds(app.ctx.db, teamId);
    expect(rounds.map((round) => [round.k, round.respondents])).toEqual([
      [5, 4],
      [3, 4],
    ]);
    const analysis = analyseTeam(
      await teamStatementStats(app.ctx.db, teamId),
      await teamTargetStats(app.ctx.db, teamId),
      roundWeeks(rounds),
      app.ctx.bank,
      { k: lockedK(rounds, 3), comparable: await comparability(app.ctx.db, rounds) },
    );
    const [first, second] = roundWeeks(rounds);
    const figures = analysis.targets.flatMap((target) => target.series);
    const shownIn = (week: string | undefined) =>
      figures.filter((figure) => figure.week === week && figure.summary !== null).length;
    expect(
      figures.filter((figure) => figure.week === first && figure.respondents > 0).length,
    ).toBeGreaterThan(0);
    expect(shownIn(first)).toBe(0);
    expect(shownIn(second)).toBeGreaterThan(0);
  });
});
