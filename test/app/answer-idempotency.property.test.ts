import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { ManualClock } from '../../src/app/clock.ts';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import { tick } from '../../src/app/tick.ts';
import { tokenDigest } from '../../src/app/token-digests.ts';
import type { PulseCard } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

describeEachDatabase('answering is idempotent', (database) => {
  let app: AppFixture;
  let card: PulseCard;
  let personId = '';

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    const org = await seedOrganization(app.ctx.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [
        {
          name: 'Ops',
          schedule: { weekday: 1, localTime: '10:00' },
          people: Array.from({ length: 6 }, (_, i) => ({ platformUserId: `u${i}`, displayName: `U${i}` })),
        },
      ],
    });
    await tick(app.ctx, new Date('2026-11-22T12:00:00Z'));
    await tick(app.ctx, new Date('2026-11-23T09:00:00Z'));
    const sent = app.platform.directTo('u1')[0]?.document;
    if (sent?.kind !== 'pulse-card') throw new Error('no card');
    card = sent;
    personId = org.people.u1 ?? '';
  });

  it('any sequence of clicks leaves one answer per statement, holding the last value', async () => {
    const services = createPulseServices({
      ...app.ctx,
      clock: new ManualClock(new Date('2026-11-23T10:00:00Z')),
    });
    const agreement = card.items.filter((item) => item.scale === 'agree5');
    const click = fc.record({
      item: fc.integer({ min: 0, max: agreement.length - 1 }),
      value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(click, { minLength: 1, maxLength: 12 }), async (clicks) => {
        await app.ctx.db.answer.deleteMany({
          where: { ownerHash: tokenDigest(app.ctx.settings.digestSecret, 'answer', card.token) },
        });
        const last = new Map<string, number | null>();
        let shown: PulseCard = card;
        for (const { item, value } of clicks) {
          const statementId = agreement[item]?.statementId ?? '';
          shown = await services.recordAnswer({ personId, token: card.token, statementId, value });
          last.set(statementId, value);
        }
        const rows = await app.ctx.db.answer.findMany({
          where: { ownerHash: tokenDigest(app.ctx.settings.digestSecret, 'answer', card.token) },
        });
        expect(rows).toHaveLength(last.size);
        for (const row of rows) expect(row.value).toBe(last.get(row.statementId));
        for (const [statementId, value] of last) {
          expect(shown.items.find((i) => i.statementId === statementId)?.selected).toBe(value);
        }
      }),
      { numRuns: 20 },
    );
  });
});
