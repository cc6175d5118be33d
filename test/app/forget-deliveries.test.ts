import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPlatformServices } from '../../src/app/platform-services.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { tick } from '../../src/app/tick.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { appFixture, FIXTURE_START, type AppFixture } from '../support/app-fixture.ts';

const HOUR = 60 * 60 * 1000;

/**
 * A redelivered event and a replayed OAuth state are refused while they can
 * still come again; after two days the record of them is deleted by the
 * daily job (a day's run may find them up to three days old), so the table does not grow without end.
 */
describeEachDatabase('remembered deliveries', (database) => {
  let fixture: AppFixture;

  beforeAll(async () => {
    fixture = await appFixture(await database.fresh());
  });
  afterAll(() => fixture.store.close());

  it('refuses a redelivery, then forgets it once it is two days old, keeping the recent ones', async () => {
    const { ctx, clock } = fixture;
    const slackish = createPlatformServices(ctx, createPulseServices(ctx), 'chat');
    expect(await slackish.firstDelivery('event', 'Ev1')).toBe(true);
    expect(await slackish.firstDelivery('event', 'Ev1')).toBe(false);
    expect(await slackish.firstDelivery('oauth-state', 'nonce-1')).toBe(true);
    expect(await slackish.firstDelivery('oauth-state', 'nonce-1')).toBe(false);

    clock.set(new Date(FIXTURE_START.getTime() + 47 * HOUR));
    expect(await slackish.firstDelivery('event', 'Ev2')).toBe(true);
    await tick(ctx, clock.now());
    expect(await slackish.firstDelivery('event', 'Ev1')).toBe(false); // not two days old yet

    // The next day's run: the first two are three days old now, the third one day.
    clock.set(new Date(FIXTURE_START.getTime() + 72 * HOUR));
    await tick(ctx, clock.now());
    const left = await ctx.db.processedEvent.findMany({ select: { id: true } });
    expect(left.map((row) => row.id)).toEqual(['chat:event:Ev2']);
  });
});
