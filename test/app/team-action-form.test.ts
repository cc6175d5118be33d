import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { tick } from '../../src/app/tick.ts';
import { isPulseError } from '../../src/errors.ts';
import { refusalFor } from '../../src/messages/index.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { answeredRounds, ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

/**
 * An action without a nudge: the leader asks for the form in chat, and it
 * offers every element with the team's weakest shown element chosen, read
 * as the team report reads its rolling scores.
 */
describeEachDatabase('an action from a weak element', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  let services: PulseServices;
  const person = (user: string) => seeded.org.people[user] ?? '';

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await answeredRounds(app, ['Care', 'Sales'], { size: 6 });
    app.clock.set(ROUNDS_CLOSED);
    await tick(app.ctx, ROUNDS_CLOSED);
    services = createPulseServices(app.ctx);
  });

  it('starts from the element with the lowest score the team report shows', async () => {
    const form = await services.teamActionForm(person('Care-lead'), '');
    expect(form).toMatchObject({ teamName: 'Care', teamId: seeded.org.teams.Care });
    expect(form.nudgePostId).toBeUndefined();
    expect(form.targets?.map((target) => target.key)).toEqual(app.ctx.bank.elements.map((e) => e.key));
    const report = (await services.teamReport(
      person('Care-lead'),
      seeded.org.teams.Care ?? '',
    )) as TeamReport;
    const shown = report.elements.filter((row) => row.score !== null);
    expect(shown.length).toBeGreaterThan(0);
    const lowest = Math.min(...shown.map((row) => row.score ?? Infinity));
    expect(shown.find((row) => row.target.key === form.selectedTarget)?.score).toBe(lowest);
    expect(form.owners[0]?.platformUserId).toBe('Care-lead');
  });

  it('makes the action on the element chosen, and refuses someone who leads no team', async () => {
    const form = await services.teamActionForm(person('Care-lead'), 'care');
    await services.createAction({
      actorId: person('Care-lead'),
      teamId: form.teamId,
      target: { kind: 'element', key: form.selectedTarget ?? '' },
      title: 'Ask two customers what slowed them down',
      owner: { platformUserId: 'Care-3' },
      dueOn: '2026-12-18',
    });
    const made = await app.ctx.db.action.findFirstOrThrow({ where: { teamId: form.teamId } });
    expect(made).toMatchObject({ targetKind: 'element', targetKey: form.selectedTarget, nudgePostId: null });
    const refused = await services.teamActionForm(person('Care-1'), '').catch((error: unknown) => error);
    expect(isPulseError(refused) && refused.code).toBe('forbidden');
  });

  it('asks an admin, who may act on any team, which team, in the admin’s language', async () => {
    const admin = person('Sales-0');
    await app.ctx.db.person.update({ where: { id: admin }, data: { isAdmin: true, locale: 'nl' } });
    const asked = await services.teamActionForm(admin, '').catch((error: unknown) => error);
    expect(isPulseError(asked) && asked.code).toBe('usage');
    expect(refusalFor(asked, 'nl')?.text).toBe('Zeg voor welk team de actie is: Care, Sales.');
    expect(await services.teamActionForm(admin, 'care')).toMatchObject({ teamId: seeded.org.teams.Care });
  });
});
