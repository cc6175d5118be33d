import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { tick } from '../../src/app/tick.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { answeredRounds, ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** The team sees a new action where it talks: a short post in its channel, in the organisation's language. */
describeEachDatabase('an action told to the team', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  let services: PulseServices;
  const make = (title: string) =>
    services.createAction({
      actorId: seeded.org.people['Care-lead'] ?? '',
      teamId: seeded.org.teams.Care ?? '',
      target: { kind: 'element', key: app.ctx.bank.elements[0]?.key ?? '' },
      title,
      owner: { platformUserId: 'Care-2' },
      dueOn: '2026-12-18',
    });
  const channelPosts = () => app.platform.messages.filter((message) => message.to.kind === 'channel');

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await answeredRounds(app, ['Care'], { size: 5 });
    app.clock.set(ROUNDS_CLOSED);
    await tick(app.ctx, ROUNDS_CLOSED);
    services = createPulseServices(app.ctx);
  });

  it('posts the action, its owner and due date in the team’s channel, in the organisation’s language', async () => {
    await app.ctx.db.organization.updateMany({ data: { defaultLocale: 'nl' } });
    const before = channelPosts().length;
    await make('Drie klanten terugbellen');
    const posted = channelPosts().slice(before);
    expect(posted.map((message) => message.to)).toEqual([{ kind: 'channel', channelId: 'C-Care' }]);
    expect(posted[0]?.document).toMatchObject({
      kind: 'notice',
      locale: 'nl',
      text: expect.stringMatching(
        /^Een nieuwe actie voor het team: ‘Drie klanten terugbellen’.*Care 2 is eigenaar/,
      ),
    });
  });

  it('still makes the action when the channel cannot be reached, and tells its maker', async () => {
    app.platform.failNext(new Error('channel_not_found'));
    const told = await make('Call three customers back');
    expect(told.tone).toBe('success');
    expect(await app.ctx.db.action.count({ where: { title: 'Call three customers back' } })).toBe(1);
  });
});
