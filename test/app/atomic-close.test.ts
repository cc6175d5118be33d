import { beforeAll, expect, it } from 'vitest';
import { CLOSE_STEPS, closeRound, type CloseStep } from '../../src/app/close-rounds.ts';
import { tick } from '../../src/app/tick.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import {
  answeredRounds,
  ROUND_ANSWERING,
  ROUNDS_CLOSED,
  type AnsweredRounds,
} from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

class Crash extends Error {}

describeEachDatabase('closing a round is atomic, and a retry finishes it', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  // One team per step at which the close crashes, and one that closes undisturbed.
  const teams = [...CLOSE_STEPS.map((step) => `t-${step}`), 'calm'];

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await answeredRounds(app, teams, { size: 6, commenters: 2 });
  }, 120_000);

  it('a crash after any step, then the close job, leaves every round closed, unlinkable and snapshotted once', async () => {
    for (const step of CLOSE_STEPS) {
      const roundId = seeded.rounds[`t-${step}`] ?? '';
      const crash = (reached: CloseStep) => {
        if (reached === step) throw new Crash(step);
      };
      await expect(closeRound(app.ctx, roundId, ROUND_ANSWERING, { afterStep: crash })).rejects.toThrow(
        Crash,
      );
    }
    await tick(app.ctx, ROUNDS_CLOSED); // the close-round jobs come due and run for every team

    const calm = await app.ctx.db.scoreSnapshot.count({ where: { roundId: seeded.rounds.calm ?? '' } });
    expect(calm).toBeGreaterThan(0);
    for (const team of teams) {
      const roundId = seeded.rounds[team] ?? '';
      const round = await app.ctx.db.round.findUniqueOrThrow({ where: { id: roundId } });
      expect({ team, status: round.status, respondents: round.respondents }).toEqual({
        team,
        status: 'closed',
        respondents: 6,
      });
      const snapshots = await app.ctx.db.scoreSnapshot.findMany({ where: { roundId } });
      const keys = snapshots.map((s) => `${s.statementId ?? '-'}/${s.targetKind}/${s.targetKey}`);
      expect(new Set(keys).size).toBe(keys.length); // written once
      const perStatement = snapshots.filter((s) => s.statementId !== null);
      expect(perStatement.reduce((sum, s) => sum + s.n, 0)).toBe(seeded.answers[team]);
      expect(await app.ctx.db.answer.count({ where: { roundId } })).toBe(seeded.answers[team]);
      expect(await app.ctx.db.answer.count({ where: { roundId, ownerHash: { not: null } } })).toBe(0);
      expect(await app.ctx.db.comment.count({ where: { roundId } })).toBe(2);
      expect(await app.ctx.db.comment.count({ where: { roundId, ownerHash: { not: null } } })).toBe(0);
      const linked = await app.ctx.db.participation.count({
        where: {
          roundId,
          OR: [
            { tokenDigest: { not: null } },
            { statementIds: { not: null } },
            { sentAt: { not: null } },
            { remindedAt: { not: null } },
          ],
        },
      });
      expect(linked).toBe(0);
      const reports = await app.ctx.db.job.count({
        where: { kind: 'leader-report', key: { startsWith: roundId } },
      });
      const nudges = await app.ctx.db.job.count({ where: { kind: 'team-nudge', key: roundId } });
      expect({ team, reports, nudges }).toEqual({ team, reports: 1, nudges: 1 });
    }
  });

  it('a second close of a closed round changes nothing', async () => {
    const roundId = seeded.rounds.calm ?? '';
    const before = await app.ctx.db.scoreSnapshot.count({ where: { roundId } });
    expect(await closeRound(app.ctx, roundId, ROUNDS_CLOSED)).toBe(false);
    expect(await app.ctx.db.scoreSnapshot.count({ where: { roundId } })).toBe(before);
  });
});
