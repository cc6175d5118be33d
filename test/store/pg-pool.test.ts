import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isUniqueConflict } from '../../src/app/unique-conflict.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { postgresDatabase } from '../support/databases.ts';

const adminUrl = inject('postgresUrl');

/**
 * A refused insert must not cost a connection: pg's pool closed it after any
 * failed statement, and the scheduler's tick offers jobs that exist already,
 * so every tick made the server start new processes while answers waited.
 */
describe.skipIf(!adminUrl)('the PostgreSQL connection pool [postgresql]', () => {
  let store: Store;
  const backend = async () =>
    Number((await store.db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]?.pid);
  const connectionsOpened = async () =>
    Number(
      (
        await store.db.$queryRaw<{ n: bigint }[]>`
          SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database()`
      )[0]?.n,
    );
  const job = { kind: 'bench', key: 'once', payload: '{}', runAt: new Date('2026-12-01T00:00:00Z') };

  beforeAll(async () => {
    store = await openStore({ url: await postgresDatabase(adminUrl).fresh() });
    await store.db.job.create({ data: job });
  });
  afterAll(() => store?.close());

  it('keeps the connection of a statement the server refused, and the next one runs on it', async () => {
    const before = await backend();
    const opened = await connectionsOpened();
    for (let i = 0; i < 5; i++) {
      const refused = await store.db.job.create({ data: job }).catch((error: unknown) => error);
      expect(isUniqueConflict(refused)).toBe(true);
    }
    expect(await backend()).toBe(before);
    expect(await connectionsOpened()).toBe(opened);
  });

  it('still closes a connection the server ended, and the next statement gets a new one', async () => {
    const before = await backend();
    const ended = await store.db.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`.catch(
      (error: unknown) => error,
    );
    expect(ended).toBeInstanceOf(Error);
    const after = await backend();
    expect(after).not.toBe(before);
    expect(await store.db.job.count()).toBe(1);
  });
});
