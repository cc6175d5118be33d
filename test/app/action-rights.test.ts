import { beforeAll, expect, it } from 'vitest';
import { erasePerson, personalDataOf } from '../../src/app/data-rights.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { tick } from '../../src/app/tick.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { answeredRounds, ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

/**
 * A person's data export lists the actions they own or made; once they are
 * erased, the actions stay with the team and nothing in them names the person.
 */
describeEachDatabase('actions in a person’s data', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  const person = (user: string) => seeded.org.people[user] ?? '';

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await answeredRounds(app, ['Care'], { size: 5 });
    app.clock.set(ROUNDS_CLOSED);
    await tick(app.ctx, ROUNDS_CLOSED);
    const services = createPulseServices(app.ctx);
    const teamId = seeded.org.teams.Care ?? '';
    const target = { kind: 'element', key: app.ctx.bank.elements[0]?.key ?? '' } as const;
    const make = (title: string, owner: string) =>
      services.createAction({
        actorId: person('Care-lead'),
        teamId,
        target,
        title,
        owner: { platformUserId: owner },
        dueOn: '2026-12-18',
      });
    await make('Call three customers back', 'Care-2');
    await make('Agree who answers the shared inbox', 'Care-lead');
  });

  it('lists what a person owns, and what a leader made or owns', async () => {
    const owner = await personalDataOf(app.ctx.db, person('Care-2'));
    expect(owner?.actions).toEqual([
      expect.objectContaining({
        team: 'Care',
        title: 'Call three customers back',
        dueOn: '2026-12-18',
        status: 'open',
        as: ['owner'],
      }),
    ]);
    const leader = await personalDataOf(app.ctx.db, person('Care-lead'));
    expect(leader?.actions.map((action) => [action.title, action.as])).toEqual([
      ['Call three customers back', ['maker']],
      ['Agree who answers the shared inbox', ['owner', 'maker']],
    ]);
    expect((await personalDataOf(app.ctx.db, person('Care-3')))?.actions).toEqual([]);
  });

  it('keeps the actions after erasing their owner and maker, with no trace of either', async () => {
    for (const user of ['Care-2', 'Care-lead']) {
      await erasePerson(app.ctx, person(user), { reason: 'admin-request' });
    }
    const actions = await app.ctx.db.action.findMany({ select: { ownerId: true, title: true } });
    expect(actions).toHaveLength(2);
    expect(actions.every((action) => action.ownerId === null)).toBe(true);
    const made = await app.ctx.db.auditLog.findMany({ where: { action: 'action.created' } });
    expect(made.map((entry) => entry.actorId)).toEqual([null, null]);
    const kept = JSON.stringify({ actions, made });
    for (const name of ['Care 2', 'Care lead', person('Care-2'), person('Care-lead')]) {
      expect(kept).not.toContain(name);
    }
    expect(await personalDataOf(app.ctx.db, person('Care-lead'))).toBeUndefined();
  });
});
