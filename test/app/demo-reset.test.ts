import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedOrganization } from '../../src/app/seed-organization.ts';
import { prepareDemo } from '../../src/cli/demo-command.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';

const NOW = new Date('2026-03-02T08:00:00Z');
const log = createLogger('silent');

describeEachDatabase('npm run demo on a database that has a demo already', (database) => {
  let store: Store;

  beforeAll(async () => {
    store = await openStore({ url: await database.fresh() });
  });
  afterAll(() => store?.close());

  const prepare = (reset: boolean) => prepareDemo(store.db, TEST_SETTINGS, log, NOW, { reset, weeks: 2 });

  it('fills an empty database and says so', async () => {
    expect(await prepare(false)).toMatch(/^Filled 2 weeks of demo history: \d+ rounds, \d+ answers\.$/);
  });

  it('says the history is there already and how to start over, instead of silently adding nothing', async () => {
    const rounds = await store.db.round.count();
    expect(await prepare(false)).toBe(
      `The database has ${rounds} rounds already, so no demo history was added.\n` +
        'To start over from an empty demo: npm run demo -- --reset (or: excellence-pulse demo --reset).',
    );
    expect(await store.db.round.count()).toBe(rounds);
  });

  it('starts over from an empty demo with --reset', async () => {
    const before = await store.db.round.findMany({ select: { id: true } });
    expect(await prepare(true)).toMatch(/^Started the demo over\. Filled 2 weeks of demo history/);
    expect(await store.db.organization.count()).toBe(1);
    expect(await store.db.person.count()).toBe(25);
    expect(await store.db.round.count({ where: { id: { in: before.map((r) => r.id) } } })).toBe(0);
    // The same weeks again: a whole new history, as many rounds as the first time, with answers.
    expect(await store.db.round.count()).toBe(before.length);
    expect(await store.db.participation.count({ where: { answered: true } })).toBeGreaterThan(0);
  });

  it('never resets a database that holds a real workspace', async () => {
    await seedOrganization(store.db, {
      name: 'Acme on Slack',
      platform: 'slack',
      externalId: 'T0001',
      teams: [],
      staff: [],
    });
    await expect(prepare(true)).rejects.toThrow(
      'This database holds "Acme on Slack", not only the local demo, so it was not reset.',
    );
    expect(await store.db.round.count()).toBeGreaterThan(0);
  });
});
