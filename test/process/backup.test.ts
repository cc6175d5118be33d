import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.ts';
import { runCli } from '../support/run-cli.ts';

const cwd = mkdtempSync(join(tmpdir(), 'pulse-backup-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const env = { DATABASE_URL: 'file:./data/pulse.db' };

it('copies the SQLite database while the bot has it open, with everything committed so far', async () => {
  expect((await runCli(['migrate'], env, cwd)).code).toBe(0);
  // The running bot: an open connection in WAL mode, whose last commit is still in the log.
  const store = await openStore({ url: `file:${join(cwd, 'data', 'pulse.db')}`, migrate: false });
  try {
    await store.db.organization.create({
      data: { name: 'Acme Support', platform: 'local', externalId: 'acme' },
    });

    const result = await runCli(['backup', 'backups/monday.db'], env, cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`to ${join(cwd, 'backups', 'monday.db')}`);

    const copy = new Database(join(cwd, 'backups', 'monday.db'), { readonly: true });
    try {
      expect(copy.prepare('SELECT name FROM Organization').all()).toEqual([{ name: 'Acme Support' }]);
      const migrations = copy.prepare('SELECT COUNT(*) AS n FROM _prisma_migrations').get() as { n: number };
      expect(migrations.n).toBe(await store.appliedMigrationCount());
    } finally {
      copy.close();
    }
  } finally {
    await store.close();
  }
});

it('never overwrites an earlier backup', async () => {
  const result = await runCli(['backup', 'backups/monday.db'], env, cwd);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('exists already; name a new file');
});

it('points PostgreSQL users to pg_dump', async () => {
  const result = await runCli(
    ['backup', 'pulse.sql'],
    { DATABASE_URL: 'postgresql://pulse@127.0.0.1:1/pulse' },
    cwd,
  );
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('back it up with pg_dump');
});
