import { beforeAll, expect, it } from 'vitest';
import { renderHtml } from '../../adapters/local/index.ts';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { renderPlainText } from '../../src/messages/index.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

const NOW = new Date('2026-03-02T08:00:00Z');
const reach = (feature: string) => `type ${feature}`;

describeEachDatabase('the demo teams of eight read their comments', (database) => {
  let app: AppFixture;
  const reports: { team: string; report: TeamReport }[] = [];

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    await fillDemoHistory(app.ctx.db, app.ctx.settings, app.ctx.log, NOW, 4);
    const services = createPulseServices({ ...app.ctx, clock: { now: () => NOW } });
    const leaders = await app.ctx.db.membership.findMany({
      where: { role: 'leader' },
      include: { team: true },
    });
    for (const leader of leaders) {
      const report = await services.teamReport(leader.personId, leader.teamId);
      if (report.kind !== 'team-report') throw new Error(`${leader.team.name} has no report`);
      reports.push({ team: leader.team.name, report });
    }
  }, 240_000);

  it('has three teams of eight whose closed rounds hold comments', async () => {
    expect(reports).toHaveLength(3);
    for (const team of await app.ctx.db.team.findMany({ include: { memberships: true } })) {
      expect(team.memberships).toHaveLength(8);
      expect(
        await app.ctx.db.comment.count({ where: { teamId: team.id, round: { status: 'closed' } } }),
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('shows each leader at least three comments in the chat report, with the weeks they span', () => {
    for (const { report } of reports) {
      const comments = report.comments;
      if (!comments || !('items' in comments)) throw new Error('no comments released');
      expect(comments.items.length).toBeGreaterThanOrEqual(3);
      const text = renderPlainText(report, reach);
      expect(text).toContain(comments.note);
      for (const item of comments.items) expect(text).toContain(item);
    }
  });

  it('shows the same comments on the leader’s dashboard', async () => {
    for (const { report } of reports) {
      const comments = report.comments;
      if (!comments || !('items' in comments)) throw new Error('no comments released');
      const page = await renderHtml(report, { charts: false });
      // One list per four-week period the window's comments were released in.
      const lists = [...page.matchAll(/<ul class="comments">([\s\S]*?)<\/ul>/g)].map((m) => m[1] ?? '');
      expect(lists.length).toBe(comments.groups?.length ?? 1);
      expect(lists.join('').match(/<li>/g)?.length).toBe(comments.items.length);
    }
  });
});
