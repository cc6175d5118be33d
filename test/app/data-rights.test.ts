import { afterAll, beforeAll, expect, it } from 'vitest';
import { erasePerson, personalDataOf } from '../../src/app/data-rights.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { applyRetention } from '../../src/app/retention.ts';
import { tick } from '../../src/app/tick.ts';
import { runPersonCommand } from '../../src/cli/person-command.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { answeredRounds, ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** What a leader's report publishes: every figure with its n, or why it is hidden. */
function figures(report: TeamReport | { kind: string }): unknown {
  if (report.kind !== 'team-report') throw new Error('expected a team report');
  const { elements, culture, participation } = report as TeamReport;
  return { elements, culture, respondents: participation.respondents };
}

/**
 * A person's rights over their data: they see what is kept about them, and
 * erasing them removes it without changing any figure already published;
 * retention deletes raw answers once their round's figures are kept.
 */
describeEachDatabase('rights over personal data', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  const report = async () => {
    const services = createPulseServices(app.ctx);
    return figures(
      await services.teamReport(seeded.org.people['Care-lead'] ?? '', seeded.org.teams.Care ?? ''),
    );
  };

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await answeredRounds(app, ['Care'], { size: 6, commenters: 2 });
    await tick(app.ctx, ROUNDS_CLOSED);
  });
  afterAll(() => app.store.close());

  it('shows a person what is kept about them, and no answer of theirs', async () => {
    const personId = seeded.org.people['Care-1'] ?? '';
    const data = await personalDataOf(app.ctx.db, personId);
    expect(data?.person).toMatchObject({ platformUserId: 'Care-1', displayName: 'Care 1', roles: [] });
    expect(data?.teams).toEqual([expect.objectContaining({ team: 'Care', role: 'member', leftAt: null })]);
    expect(data?.rounds).toEqual([expect.objectContaining({ team: 'Care', answered: true })]);
    expect(JSON.stringify(data)).not.toMatch(/"value"|"text"/);
  });

  it('erases a person on request without changing the published figures', async () => {
    const before = await report();
    const personId = seeded.org.people['Care-2'] ?? '';
    await app.ctx.db.person.update({
      where: { id: personId },
      data: { conversationRef: '{"channel":"D2"}' },
    });
    const snapshots = await app.ctx.db.scoreSnapshot.count();

    const erased = await erasePerson(app.ctx, personId, { actorId: personId, reason: 'own-request' });
    expect(erased?.ledgerRows).toBe(1);
    expect(await app.ctx.db.person.findUnique({ where: { id: personId } })).toBeNull();
    expect(await app.ctx.db.participation.count({ where: { personId } })).toBe(0);
    expect(await app.ctx.db.membership.count({ where: { personId } })).toBe(0);
    expect(
      await app.ctx.db.auditLog.count({ where: { OR: [{ actorId: personId }, { subject: personId }] } }),
    ).toBe(0);
    expect(await app.ctx.db.auditLog.count({ where: { action: 'person.erased', actorId: null } })).toBe(1);
    expect(await app.ctx.db.scoreSnapshot.count()).toBe(snapshots);
    expect(await report()).toEqual(before);
    expect(await personalDataOf(app.ctx.db, personId)).toBeUndefined();
  });

  it('lets an admin export and erase from the command line, and asks before erasing', async () => {
    const out: string[] = [];
    const io = {
      stdout: (text: string) => void out.push(text),
      stderr: (text: string) => void out.push(text),
    };
    const deps = { db: app.ctx.db, clock: app.clock };
    const cli = (...args: string[]) => runPersonCommand([...args, '--platform', 'local'], deps, io);
    expect(await cli('export', '--user', 'Care-3')).toBe(0);
    expect(JSON.parse(out.at(-1) ?? '{}')).toMatchObject({ person: { platformUserId: 'Care-3' } });
    await expect(cli('erase', '--user', 'Care-3')).rejects.toThrow(/--yes/);
    expect(await app.ctx.db.person.count({ where: { platformUserId: 'Care-3' } })).toBe(1);
    expect(await cli('erase', '--user', 'Care-3', '--yes')).toBe(0);
    expect(await app.ctx.db.person.count({ where: { platformUserId: 'Care-3' } })).toBe(0);
    await expect(cli('export', '--user', 'Care-3')).rejects.toThrow(/Nobody/);
  });

  it('deletes raw answers and old audit entries after the retention period, keeping the figures', async () => {
    const before = await report();
    const roundId = seeded.rounds.Care ?? '';
    const later = new Date(ROUNDS_CLOSED.getTime() + 23 * 30 * 86_400_000); // about 23 months on
    expect(await applyRetention(app.ctx, later)).toMatchObject({ answers: 0, comments: 0 });
    expect(await app.ctx.db.answer.count({ where: { roundId } })).toBeGreaterThan(0);

    const muchLater = new Date(ROUNDS_CLOSED.getTime() + 25 * 31 * 86_400_000); // beyond 24 months
    const deleted = await applyRetention(app.ctx, muchLater);
    expect(deleted.answers).toBeGreaterThan(0);
    expect(deleted.comments).toBe(2);
    expect(deleted.auditEntries).toBeGreaterThan(0);
    expect(await app.ctx.db.answer.count({ where: { roundId } })).toBe(0);
    expect(await app.ctx.db.comment.count({ where: { roundId } })).toBe(0);
    expect(await report()).toEqual(before);
  });
});
