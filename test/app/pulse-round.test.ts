import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { PlatformSendError } from '../../src/app/ports.ts';
import { seedOrganization, type SeededOrganization } from '../../src/app/seed-organization.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { tick } from '../../src/app/tick.ts';
import { isPulseError } from '../../src/errors.ts';
import type { PulseCard } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { runDueJobs } from '../../src/app/jobs/runner.ts';
import { pulseDmJob } from '../../src/app/jobs/pulse-dm.ts';

const at = (iso: string) => new Date(iso);

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isPulseError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describeEachDatabase('a pulse round from first DM to leader report', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;
  let services: PulseServices;
  let now = at('2026-11-23T08:00:00Z');
  const members = ['ann', 'bob', 'cas', 'dee', 'eve', 'fay'];

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [
        {
          name: 'Support',
          channelId: 'C-support',
          schedule: { cadence: 'weekly', weekday: 2, localTime: '10:00', timeZone: 'Europe/Amsterdam' },
          people: [
            { platformUserId: 'lea', displayName: 'Lea', role: 'leader' },
            ...members.map((id) => ({ platformUserId: id, displayName: id })),
            { platformUserId: 'nyc', displayName: 'Nia', timeZone: 'America/New_York', locale: 'nl' },
          ],
        },
      ],
      staff: [{ platformUserId: 'hr', displayName: 'Hanna', isHr: true }],
    });
    services = createPulseServices({ ...app.ctx, clock: { now: () => now } });
  });

  const cardOf = (user: string): PulseCard => {
    const last = app.platform.directTo(user).at(-1);
    if (last?.document.kind !== 'pulse-card') throw new Error(`no pulse card for ${user}`);
    return last.document;
  };
  const personId = (user: string) => org.people[user] ?? '';

  it('sends HR no digest on the first Monday, before any round, and the digest job does not fail', async () => {
    await tick(app.ctx, now); // Monday 09:00 in Amsterdam: the weekly digest is due
    expect(app.platform.directTo('hr')).toHaveLength(0);
    expect(await app.ctx.db.job.count({ where: { kind: 'hr-digest', status: 'done' } })).toBe(1);
  });

  it('opens the round at the team time and sends each person their card at 10:00 in their own zone', async () => {
    await tick(app.ctx, now); // the new schedule is set to its first slot
    const sentBefore = app.platform.messages.length;
    now = at('2026-11-24T09:00:00Z'); // 10:00 in Amsterdam
    app.platform.failNext(new PlatformSendError('ratelimited', { retryAfterMs: 60_000 }));
    const first = await tick(app.ctx, now);
    expect(first.opened).toHaveLength(1);
    expect(first.retried).toBe(1);
    expect(app.platform.messages.length - sentBefore).toBe(6);
    now = at('2026-11-24T09:01:00Z'); // the failed DM is retried after Retry-After, not lost
    await tick(app.ctx, now);
    for (const user of ['lea', ...members]) expect(cardOf(user).items.length).toBeGreaterThan(0);
    expect(app.platform.directTo('nyc')).toHaveLength(0);
    now = at('2026-11-24T15:00:00Z'); // 10:00 in New York
    await tick(app.ctx, now);
    expect(cardOf('nyc').locale).toBe('nl');
  });

  it('answers a report asked for before the round closes with when the first results are expected', async () => {
    const team = await services.teamReport(personId('lea'), org.teams.Support ?? '');
    expect(team).toMatchObject({ kind: 'notice', title: 'No results yet' });
    expect(team.kind === 'notice' && team.text).toContain('Support');
    expect(team.kind === 'notice' && team.text).toContain('Friday 27 November at 10:00');
    const organisation = await services.orgReport(personId('hr'));
    expect(organisation.kind === 'notice' && organisation.text).toContain('Friday 27 November at 10:00');
  });

  it('stores one answer per click, lets people change it, and shows it on the card', async () => {
    for (const user of members.slice(0, 5)) {
      const card = cardOf(user);
      for (const item of card.items) {
        const value = item.scale === 'nps11' ? 8 : 4;
        await services.recordAnswer({
          personId: personId(user),
          token: card.token,
          statementId: item.statementId,
          value,
        });
      }
    }
    const ann = cardOf('ann');
    const first = ann.items[0];
    if (!first) throw new Error('empty card');
    const value = first.scale === 'nps11' ? 9 : 2;
    const input = { personId: personId('ann'), token: ann.token, statementId: first.statementId, value };
    await services.recordAnswer(input);
    const updated = await services.recordAnswer(input);
    expect(updated.items[0]?.selected).toBe(value);
    expect(updated.progress.answered).toBe(ann.items.length);
    const rows = await app.ctx.db.answer.count({ where: { statementId: first.statementId, value } });
    expect(rows).toBe(1);
  });

  it('keeps one comment per person per round, which they can edit while it is open', async () => {
    const bob = cardOf('bob');
    for (const text of ['More time for customers.', 'More time for customers, please.']) {
      await services.recordComment({ personId: personId('bob'), token: bob.token, text });
    }
    const comments = await app.ctx.db.comment.findMany();
    expect(comments.map((comment) => comment.text)).toEqual(['More time for customers, please.']);
  });

  it('refuses someone else’s token, an unknown statement and an impossible value, with a reason', async () => {
    const ann = cardOf('ann');
    const statementId = ann.items.find((i) => i.scale === 'agree5')?.statementId ?? '';
    expect(
      await refusal(
        services.recordAnswer({ personId: personId('bob'), token: ann.token, statementId, value: 3 }),
      ),
    ).toBe('token_invalid');
    expect(
      await refusal(
        services.recordAnswer({ personId: personId('ann'), token: ann.token, statementId: 'nope', value: 3 }),
      ),
    ).toBe('statement_unknown');
    expect(
      await refusal(
        services.recordAnswer({ personId: personId('ann'), token: ann.token, statementId, value: 7 }),
      ),
    ).toBe('answer_invalid');
  });

  it('reminds only the people who have not answered, one working day later', async () => {
    const before = app.platform.messages.length;
    now = at('2026-11-25T09:00:00Z');
    await tick(app.ctx, now);
    now = at('2026-11-25T15:00:00Z');
    await tick(app.ctx, now);
    const reminded = app.platform.messages
      .slice(before)
      .map((m) => (m.to.kind === 'dm' ? m.to.platformUserId : ''));
    expect(reminded.sort()).toEqual(['fay', 'lea', 'nyc']);
  });

  it('closes after three working days: tokens destroyed, answers unlinkable, leader report and nudge sent', async () => {
    const answersBefore = await app.ctx.db.answer.count();
    now = at('2026-11-27T09:00:00Z');
    await tick(app.ctx, now);
    expect(await app.ctx.db.participation.count({ where: { tokenDigest: { not: null } } })).toBe(0);
    expect(await app.ctx.db.answer.count({ where: { ownerHash: { not: null } } })).toBe(0);
    expect(await app.ctx.db.answer.count()).toBe(answersBefore);
    const report = app.platform.directTo('lea').at(-1)?.document;
    expect(report?.kind).toBe('team-report');
    // Bob's is the only comment, fewer than the three shown together: the report says so and shows none.
    if (report?.kind === 'team-report') {
      expect(report.comments).toEqual({ hiddenLabel: expect.stringContaining('at least 3 together') });
      expect(JSON.stringify(report)).not.toContain('More time for customers');
      // The link opens the team's page as the leader who received it.
      expect(report.dashboardUrl).toBe(
        `${app.ctx.settings.publicUrl}/dashboard/teams/${org.teams.Support}?as=${personId('lea')}`,
      );
    }
    const nudge = app.platform.inChannel('C-support').at(-1)?.document;
    expect(nudge?.kind).toBe('nudge');
    const ann = app.platform.directTo('ann')[0];
    expect(ann?.document.kind).toBe('notice');
  });

  it('closes every message of the round: the card and the reminder both lose their buttons', async () => {
    const fay = app.platform.directTo('fay');
    expect(fay.map((m) => m.document.kind)).toEqual(['notice', 'notice']);
    expect(fay.every((m) => m.updates >= 1)).toBe(true);
  });

  it('sends no pulse after the round’s closing time, even before the close itself has run', async () => {
    const sent = app.platform.messages.length;
    // A DM job left behind by a stopped replica, due again after closing time, and a close not yet run.
    const late = await app.ctx.db.participation.findFirstOrThrow();
    await app.ctx.db.participation.update({ where: { id: late.id }, data: { sentAt: null } });
    await app.ctx.db.round.update({ where: { id: late.roundId }, data: { status: 'open' } });
    await app.ctx.db.job.updateMany({
      where: { kind: 'pulse-dm', key: late.id },
      data: { status: 'pending', runAt: now },
    });
    await runDueJobs(app.ctx, [pulseDmJob], now);
    await app.ctx.db.round.update({ where: { id: late.roundId }, data: { status: 'closed' } });
    expect(app.platform.messages.length).toBe(sent);
  });

  it('sends HR the organisation report on Monday morning, once', async () => {
    now = at('2026-11-30T08:30:00Z'); // Monday 09:30 in Amsterdam
    await tick(app.ctx, now);
    await tick(app.ctx, at('2026-11-30T12:00:00Z'));
    const digests = app.platform.directTo('hr').filter((m) => m.document.kind === 'org-report');
    expect(digests).toHaveLength(1);
    // Its link opens the organisation page as the HR person who received it.
    expect(digests[0]?.document).toMatchObject({
      dashboardUrl: `${app.ctx.settings.publicUrl}/dashboard/org?as=${personId('hr')}`,
    });
  });
});
