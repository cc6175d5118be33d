import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { teamReportFor } from '../../src/app/reports/team-report.ts';
import { tick } from '../../src/app/tick.ts';
import { renderPlainText } from '../../src/messages/index.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import {
  answeredRounds,
  ROUND_ANSWERING,
  ROUNDS_CLOSED,
  type AnsweredRounds,
} from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** 6 promoters, 5 passives, 5 detractors in "wide"; in "narrow" 2 promoters: too few to show the split. */
const answerFor = (team: string, i: number) =>
  team === 'wide' ? (i < 6 ? 10 : i < 11 ? 7 : 3) : i < 2 ? 9 : i < 10 ? 8 : 0;

describeEachDatabase('eNPS in the team report', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;

  const report = async (team: string, selfOf?: string): Promise<TeamReport> => {
    const teamId = seeded.org.teams[team] ?? '';
    const leader = seeded.org.people[`${team}-lead`] ?? '';
    const built = await teamReportFor(
      app.ctx,
      teamId,
      { id: leader, locale: 'en' },
      ROUNDS_CLOSED,
      selfOf ? { selfOf } : {},
    );
    if (built.kind !== 'team-report') throw new Error(`expected a report, got ${built.kind}`);
    return built;
  };

  beforeAll(async () => {
    app = await appFixture(await database.fresh(), { k: 5 });
    seeded = await answeredRounds(app, ['wide', 'narrow'], { size: 16 });
    const services = createPulseServices({ ...app.ctx, clock: { now: () => ROUND_ANSWERING } });
    for (const team of ['wide', 'narrow']) {
      for (let i = 0; i < 16; i++) {
        const card = app.platform.directTo(`${team}-${i}`).at(-1)?.document;
        if (card?.kind !== 'pulse-card') throw new Error('no card');
        const personId = seeded.org.people[`${team}-${i}`] ?? '';
        await services.recordAnswer({
          personId,
          token: card.token,
          statementId: 'enps',
          value: answerFor(team, i),
        });
      }
      const lead = app.platform.directTo(`${team}-lead`).at(-1)?.document;
      if (lead?.kind !== 'pulse-card') throw new Error('no card for the leader');
      expect(lead.items.map((item) => item.statementId)).toContain('enps');
      const personId = seeded.org.people[`${team}-lead`] ?? '';
      await services.recordAnswer({ personId, token: lead.token, statementId: 'enps', value: 6 });
    }
    await tick(app.ctx, ROUNDS_CLOSED);
  }, 120_000);

  it('shows eNPS under its own heading with its four weeks, and the split when each group has k people', async () => {
    const wide = await report('wide');
    expect(wide.enps).toMatchObject({ heading: 'eNPS', score: 6, n: 16, periodLabel: 'Weeks 45–48, 2026' });
    expect(wide.enps?.split?.map((g) => [g.group, g.count, g.percent])).toEqual([
      ['promoters', 6, 38],
      ['passives', 5, 31],
      ['detractors', 5, 31],
    ]);
    const text = renderPlainText(wide, (feature) => feature);
    expect(text).toMatch(/\neNPS\n• eNPS \(would recommend us as a place to work\): 6/);
    expect(text.indexOf('Promoters (9–10): 6 (38%)')).toBeGreaterThan(text.indexOf('\neNPS\n'));
  });

  it('shows only the net score, and why, when a group is smaller than k', async () => {
    const narrow = await report('narrow');
    expect(narrow.enps).toMatchObject({ score: -25, n: 16 });
    expect(narrow.enps?.split).toBeUndefined();
    expect(narrow.enps?.splitLabel).toMatch(/only when each group holds at least 5 people/);
  });

  it('shows the leader their own answer in their own report only', async () => {
    const leader = seeded.org.people['wide-lead'] ?? '';
    expect((await report('wide', leader)).enps?.selfLabel).toBe(
      'Your own answer this period: 6 out of 10 (a detractor).',
    );
    expect((await report('wide')).enps?.selfLabel).toBeUndefined();
    // The leader's answer is theirs alone: the team's figure is the same with or without it.
    expect((await report('wide', leader)).enps?.score).toBe((await report('wide')).enps?.score);
  });

  it('asks again in the first round of the next four weeks, and not in the round after it', async () => {
    const lastCard = () => {
      const card = app.platform
        .directTo('wide-0')
        .map((message) => message.document)
        .filter((document) => document.kind === 'pulse-card')
        .at(-1);
      if (card?.kind !== 'pulse-card') throw new Error('no card');
      return card.items.map((item) => item.statementId);
    };
    // Week 49 starts a new period (weeks 49–52); week 50 is in the same one.
    await tick(app.ctx, new Date('2026-11-30T09:00:00Z'));
    expect(lastCard()).toContain('enps');
    await tick(app.ctx, new Date('2026-12-04T09:00:00Z'));
    await tick(app.ctx, new Date('2026-12-07T09:00:00Z'));
    const third = lastCard();
    expect(third.length).toBeGreaterThan(0);
    expect(third).not.toContain('enps');
  });
});
