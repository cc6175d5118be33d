import { beforeAll, expect, it } from 'vitest';
import { erasePerson } from '../../src/app/data-rights.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { applyRetention } from '../../src/app/retention.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { tick } from '../../src/app/tick.ts';
import { isPulseError } from '../../src/errors.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { answeredRounds, ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

const DAY = 86_400_000;

/**
 * Action plans: a team's leader turns the nudge the team got into an action
 * with an owner and a due date; the owner is asked on the due date and every
 * week after while it is open; HR sees every team's actions.
 */
describeEachDatabase('action plans', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  let services: PulseServices;
  let nudgePostId: string;
  const person = (user: string) => seeded.org.people[user] ?? '';
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'accepted',
      (error: unknown) => (isPulseError(error) ? error.code : 'crashed'),
    );

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await answeredRounds(app, ['Care', 'Sales'], { size: 6 });
    app.clock.set(ROUNDS_CLOSED);
    await tick(app.ctx, ROUNDS_CLOSED);
    const nudge = await app.ctx.db.nudgePost.findFirstOrThrow({
      where: { teamId: seeded.org.teams.Care ?? '' },
    });
    nudgePostId = nudge.id;
    services = createPulseServices(app.ctx);
  });

  it('lets the leader turn the team’s nudge into an action owned by a team member', async () => {
    const form = await services.actionForm(person('Care-lead'), nudgePostId);
    expect(form.owners[0]?.platformUserId).toBe('Care-lead');
    expect(form.owners.map((o) => o.platformUserId)).toContain('Care-3');
    expect(form.suggestedTitle).not.toBe('');

    const made = await services.createAction({
      actorId: person('Care-lead'),
      nudgePostId,
      owner: { platformUserId: 'Care-3' },
      dueOn: '2026-12-04',
    });
    expect(made.tone).toBe('success');
    expect(made.text).toContain('Care 3');

    const list = await services.teamActions(person('Care-lead'), seeded.org.teams.Care ?? '');
    expect(list.rows).toHaveLength(1);
    const nudge = await app.ctx.db.nudgePost.findUniqueOrThrow({ where: { id: nudgePostId } });
    const action = await app.ctx.db.action.findFirstOrThrow({ where: { nudgePostId } });
    expect(action).toMatchObject({
      targetKind: nudge.targetKind,
      targetKey: nudge.targetKey,
      status: 'open',
    });
    expect(list.rows[0]).toMatchObject({ title: action.title, owner: 'Care 3', status: 'open' });
    expect(
      await app.ctx.db.auditLog.count({ where: { action: 'action.created', actorId: person('Care-lead') } }),
    ).toBe(1);
  });

  it('refuses actions from a member, for another team’s people, and with a due date that has passed', async () => {
    const base = { nudgePostId, dueOn: '2026-12-04' };
    expect(await refusal(services.actionForm(person('Care-1'), nudgePostId))).toBe('forbidden');
    expect(
      await refusal(
        services.createAction({ ...base, actorId: person('Care-1'), owner: { platformUserId: 'Care-1' } }),
      ),
    ).toBe('forbidden');
    expect(
      await refusal(
        services.createAction({
          ...base,
          actorId: person('Sales-lead'),
          owner: { platformUserId: 'Sales-1' },
        }),
      ),
    ).toBe('forbidden');
    expect(
      await refusal(
        services.createAction({
          ...base,
          actorId: person('Care-lead'),
          owner: { platformUserId: 'Sales-1' },
        }),
      ),
    ).toBe('usage');
    expect(
      await refusal(
        services.createAction({
          ...base,
          actorId: person('Care-lead'),
          owner: { platformUserId: 'Care-1' },
          dueOn: '2026-11-01',
        }),
      ),
    ).toBe('usage');
    expect(
      await refusal(
        services.createAction({
          actorId: person('Care-lead'),
          teamId: seeded.org.teams.Care ?? '',
          target: { kind: 'element', key: 'no-such-element' },
          title: 'Something',
          owner: { platformUserId: 'Care-1' },
          dueOn: '2026-12-04',
        }),
      ),
    ).toBe('usage');
  });

  it('shows HR every team’s actions, and a leader only their own team’s', async () => {
    await services.createAction({
      actorId: person('Sales-lead'),
      teamId: seeded.org.teams.Sales ?? '',
      target: { kind: 'element', key: 'leadership' },
      title: 'Monthly walk-through of customer feedback',
      owner: { platformUserId: 'Sales-lead' },
      dueOn: '2026-12-11',
    });
    await app.ctx.db.person.update({ where: { id: person('Care-2') }, data: { isHr: true } });
    const all = await services.organizationActions(person('Care-2'));
    expect(all.rows.map((row) => row.team).sort()).toEqual(['Care', 'Sales']);
    expect(all.acrossTeams).toBe(true);
    expect(await refusal(services.organizationActions(person('Care-lead')))).toBe('forbidden');
    expect(await refusal(services.teamActions(person('Care-lead'), seeded.org.teams.Sales ?? ''))).toBe(
      'forbidden',
    );
  });

  it('asks the owner on the due date and each week after until it is done', async () => {
    const careAction = await app.ctx.db.action.findFirstOrThrow({ where: { nudgePostId } });
    const checkIns = () =>
      app.platform.directTo('Care-3').filter((m) => m.document.kind === 'action-check-in');
    // The day before it is due: nothing yet.
    await tick(app.ctx, new Date('2026-12-03T10:00:00Z'));
    expect(checkIns()).toHaveLength(0);
    // The due date, at the start of the owner's working day, and later that day: one check-in.
    await tick(app.ctx, new Date('2026-12-04T08:30:00Z'));
    await tick(app.ctx, new Date('2026-12-04T15:00:00Z'));
    expect(checkIns()).toHaveLength(1);
    expect(checkIns()[0]?.document).toMatchObject({ kind: 'action-check-in', actionId: careAction.id });

    app.clock.set(new Date('2026-12-04T15:00:00Z'));
    const still = await services.answerCheckIn(person('Care-3'), careAction.id, 'working');
    expect(still.tone).toBe('info');
    // Three days later nothing; a week after the due date the next one.
    await tick(app.ctx, new Date('2026-12-07T10:00:00Z'));
    expect(checkIns()).toHaveLength(1);
    await tick(app.ctx, new Date('2026-12-11T10:00:00Z'));
    expect(checkIns()).toHaveLength(2);
    expect(JSON.stringify(checkIns()[1]?.document)).toMatch(/was due/);

    app.clock.set(new Date('2026-12-11T11:00:00Z'));
    expect((await services.answerCheckIn(person('Care-3'), careAction.id, 'done')).tone).toBe('success');
    expect(await app.ctx.db.action.findUniqueOrThrow({ where: { id: careAction.id } })).toMatchObject({
      status: 'done',
      doneAt: new Date('2026-12-11T11:00:00Z'),
    });
    await tick(app.ctx, new Date('2026-12-18T10:00:00Z'));
    expect(checkIns()).toHaveLength(2);
    // Someone else's "still working" is not theirs to say.
    expect(await refusal(services.answerCheckIn(person('Care-1'), careAction.id, 'working'))).toBe(
      'forbidden',
    );
  });

  it('leaves an action without an owner when its owner is erased, and asks nobody', async () => {
    const sales = await app.ctx.db.action.findFirstOrThrow({
      where: { teamId: seeded.org.teams.Sales ?? '' },
    });
    await erasePerson(app.ctx, person('Sales-lead'), { reason: 'admin-request' });
    const kept = await app.ctx.db.action.findUniqueOrThrow({ where: { id: sales.id } });
    expect(kept.ownerId).toBeNull();
    const before = app.platform.messages.length;
    await tick(app.ctx, new Date(Date.parse('2026-12-11T10:00:00Z') + 7 * DAY));
    expect(app.platform.messages.slice(before).filter((m) => m.document.kind === 'action-check-in')).toEqual(
      [],
    );
    const list = await services.organizationActions(person('Care-2'));
    expect(list.rows.find((row) => row.id === sales.id)?.owner).toBe('No owner');
  });

  it('forgets done actions after the retention period and keeps open ones', async () => {
    const result = await applyRetention(app.ctx, new Date('2029-01-15T10:00:00Z'));
    expect(result.actions).toBe(1);
    expect(await app.ctx.db.action.findMany({ select: { status: true } })).toEqual([{ status: 'open' }]);
  });
});
