import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.ts';

describe('the SQLite connection', () => {
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pulse-connection-'));
    store = await openStore({ url: `file:${join(dir, 'pulse.db')}` });
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a write made beside a transaction when that transaction rolls back', async () => {
    const { db } = store;
    const org = await db.organization.create({
      data: { platform: 'local', externalId: 'beside', name: 'Before' },
    });
    let beside: Promise<unknown> = Promise.resolve();
    await expect(
      db.$transaction(async (tx) => {
        await tx.organization.create({ data: { platform: 'local', externalId: 'inside', name: 'Inside' } });
        beside = db.organization.update({ where: { id: org.id }, data: { name: 'Written beside' } });
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('the transaction fails');
      }),
    ).rejects.toThrow('the transaction fails');
    await beside;
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).name).toBe('Written beside');
    expect(await db.organization.count({ where: { externalId: 'inside' } })).toBe(0);
  });

  it('lets a transaction that reads first still write when another process wrote to the file meanwhile', async () => {
    // The other process is what the command line is beside the running bot (SQLite waits for a lock by blocking).
    const other = spawn(
      process.execPath,
      [fileURLToPath(new URL('./support/other-writer.ts', import.meta.url)), `file:${join(dir, 'pulse.db')}`],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const said = createInterface({ input: other.stdout });
    const next = () => new Promise<string>((resolve) => said.once('line', resolve));
    const exited = new Promise((resolve) => other.once('exit', resolve));
    expect(await next()).toBe('ready');
    let wrote: Promise<string> = Promise.resolve('');
    await store.db.$transaction(async (tx) => {
      await tx.organization.count();
      wrote = next();
      other.stdin.end('write\n');
      // The other write lands here unless this transaction holds the write lock; then it waits.
      await Promise.race([wrote, new Promise((resolve) => setTimeout(resolve, 1_000))]);
      await tx.organization.create({ data: { platform: 'local', externalId: 'read-first', name: 'Mine' } });
    });
    expect(await wrote).toBe('wrote');
    await exited;
    expect(await store.db.organization.count({ where: { externalId: 'read-first' } })).toBe(1);
    expect(await store.db.organization.count({ where: { externalId: 'other-process' } })).toBe(1);
  }, 30_000);

  it('answers the same statements run again and again with other values with their own rows', async () => {
    const { db } = store;
    const names = Array.from({ length: 30 }, (_, i) => `Organisation ${i}`);
    for (const name of names)
      await db.organization.create({ data: { platform: 'local', externalId: name, name } });
    for (let round = 0; round < 3; round++) {
      for (const name of names) {
        const found = await db.organization.findUnique({
          where: { platform_externalId: { platform: 'local', externalId: name } },
        });
        expect(found?.name).toBe(name);
      }
    }
    const counted = await Promise.all(
      names.map((name) => db.organization.count({ where: { externalId: { in: [name, 'nobody'] } } })),
    );
    expect(counted.every((count) => count === 1)).toBe(true);
    expect(await db.organization.count({ where: { name: { startsWith: 'Organisation' } } })).toBe(
      names.length,
    );
  });
});
