import { beforeAll, expect, it } from 'vitest';
import { dashboardRoutes } from '../../adapters/local/dashboard/dashboard-routes.ts';
import { playgroundReach } from '../../adapters/local/render/feature-reach.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { tick } from '../../src/app/tick.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import {
  answeredRounds,
  ROUND_OPENS,
  ROUNDS_CLOSED,
  type AnsweredRounds,
} from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

const DAY = 86_400_000;
const TEAM_SIZE = 8;

/**
 * A leader makes an action of the team's nudge,
 * four more weekly rounds are answered (higher than before), and the
 * dashboard's team page then shows the element's rolling score before and
 * after, each with its n and window, and the effect judged.
 */
describeEachDatabase('an action’s effect after four simulated weeks', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  const teamId = () => seeded.org.teams.Care ?? '';
  const leader = () => seeded.org.people['Care-lead'] ?? '';
  /** While a round is open and unanswered, the leader makes an action on an element first asked in that round. */
  async function actOnAskedElement() {
    const statementIds = Array.from({ length: TEAM_SIZE }, (_, i) => {
      const card = app.platform
        .directTo(`Care-${i}`)
        .filter((m) => m.document.kind === 'pulse-card')
        .at(-1)?.document;
      return card?.kind === 'pulse-card' ? card.items.map((item) => item.statementId) : [];
    }).flat();
    const askedKeys = app.ctx.bank.statements
      .filter((s) => statementIds.includes(s.id) && s.target.kind === 'element')
      .map((s) => s.target.key);
    const services = createPulseServices(app.ctx);
    const report = await services.teamReport(leader(), teamId());
    const shown = (report.kind === 'team-report' ? report.elements : []).filter((row) => row.score !== null);
    const key = askedKeys.find((asked) => !shown.some((row) => row.target.key === asked));
    if (!key) throw new Error('the round asks no element that has no score yet');
    await services.createAction({
      actorId: leader(),
      teamId: teamId(),
      target: { kind: 'element', key },
      title: 'Made while a round was open',
      owner: { platformUserId: 'Care-3' },
      dueOn: '2026-12-11',
    });
  }

  /**
   * One weekly round: opened on Monday, every member answers every statement
   * with `value`, closed by Friday. `whileOpen` runs once the cards are out,
   * before anyone answers.
   */
  async function weeklyRound(opens: Date, value: number, whileOpen?: () => Promise<void>) {
    await tick(app.ctx, new Date(opens.getTime() - DAY));
    await tick(app.ctx, opens);
    app.clock.set(new Date(opens.getTime() + 2 * 3_600_000));
    await whileOpen?.();
    const services = createPulseServices(app.ctx);
    for (let i = 0; i < TEAM_SIZE; i++) {
      const user = `Care-${i}`;
      const card = app.platform
        .directTo(user)
        .filter((m) => m.document.kind === 'pulse-card')
        .at(-1)?.document;
      if (card?.kind !== 'pulse-card') throw new Error(`no card for ${user}`);
      for (const item of card.items) {
        await services.recordAnswer({
          personId: seeded.org.people[user] ?? '',
          token: card.token,
          statementId: item.statementId,
          value: item.scale === 'nps11' ? 8 : value,
        });
      }
    }
    await tick(app.ctx, new Date(opens.getTime() + 4 * DAY));
  }

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await answeredRounds(app, ['Care'], { size: TEAM_SIZE });
    app.clock.set(ROUNDS_CLOSED);
    await tick(app.ctx, ROUNDS_CLOSED);
    const nudge = await app.ctx.db.nudgePost.findFirstOrThrow({ where: { teamId: teamId() } });
    await createPulseServices(app.ctx).createAction({
      actorId: leader(),
      nudgePostId: nudge.id,
      owner: { platformUserId: 'Care-2' },
      dueOn: '2026-12-11',
    });
    for (let week = 1; week <= 4; week++)
      await weeklyRound(
        new Date(ROUND_OPENS.getTime() + week * 7 * DAY),
        5,
        week === 1 ? actOnAskedElement : undefined,
      );
    // Four weeks after the later of the two actions.
    app.clock.set(new Date('2026-12-28T12:00:00Z'));
  }, 240_000);

  it('shows the element’s score before and after, with n and window, on the team’s dashboard page', async () => {
    const services = createPulseServices(app.ctx);
    const routes = dashboardRoutes({
      services,
      reach: playgroundReach,
      viewer: async () => ({
        id: leader(),
        displayName: 'Care lead',
        locale: 'en',
        isHr: false,
        isAdmin: false,
        query: '',
      }),
      onError: (error) => {
        throw error;
      },
    });
    const res = await routes.request(`/dashboard/teams/${teamId()}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    const section = page.slice(page.indexOf('<section class="actions"'));
    expect(section).toContain('<h2 id="actions-heading">Actions</h2>');
    expect(section).toContain('Care 2');

    const list = await services.teamActions(leader(), teamId());
    const row = list.rows.find((action) => action.owner === 'Care 2');
    expect(row?.before?.score).toEqual(expect.any(Number));
    expect(row?.after?.score).toEqual(expect.any(Number));
    expect(row?.after?.n).toBeGreaterThan(row?.before?.n ?? Infinity);
    expect(row?.before?.windowLabel).toMatch(/^2026-W37 to 2026-W48$/);
    expect(row?.after?.windowLabel).toMatch(/^2026-W42 to 2026-W53$/);
    // Every later answer was "strongly agree": the score rose, and four weeks on the effect is judged.
    expect(row?.after?.score).toBeGreaterThan(row?.before?.score ?? Infinity);
    expect(['up', 'flat']).toContain(row?.effect);
    expect(section).toContain(row?.before?.basisLabel ?? 'missing');
    expect(section).toContain(row?.after?.basisLabel ?? 'missing');
    expect(section).toContain(row?.effectLabel ?? 'missing');
    expect(section).not.toContain('Too early to tell');
  });

  it('compares an action made while a round is open with the score as it stood before that round', async () => {
    const list = await createPulseServices(app.ctx).teamActions(leader(), teamId());
    const row = list.rows.find((action) => action.title === 'Made while a round was open');
    // Its element had not been asked yet: the answers of the round it was made in count after, not before.
    expect(row?.before).toMatchObject({
      score: null,
      hidden: 'not_asked',
      hiddenLabel: 'Not asked in this period',
    });
    expect(row?.after?.score).toEqual(expect.any(Number));
    expect(row?.effectLabel).toBe('Too few answers to tell');
  });

  it('told the owner on the due date, and a week later while it stayed open', async () => {
    const checkIns = app.platform.directTo('Care-2').filter((m) => m.document.kind === 'action-check-in');
    expect(checkIns).toHaveLength(3);
  });
});
