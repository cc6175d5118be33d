import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, inject } from 'vitest';
import type { DatabaseProvider } from '../../src/store/provider.ts';

export interface TestDatabase {
  readonly provider: DatabaseProvider;
  /** A fresh, empty database and its URL. */
  fresh(): Promise<string>;
}

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  return { provider: 'sqlite', fresh: async () => `file:${join(dir, `test-${++count}.db`)}` };
}

export function postgresDatabase(adminUrl: string): TestDatabase {
  return {
    provider: 'postgresql',
    async fresh() {
      const name = `test_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
  };
}

/**
 * Declares the suite once per database: SQLite in a temp file, and PostgreSQL
 * on the throwaway server of the global setup (skipped, loudly, without it).
 */
export function describeEachDatabase(title: string, suite: (database: TestDatabase) => void): void {
  describe(`${title} [sqlite]`, () => suite(sqliteDatabase()));
  const adminUrl = inject('postgresUrl');
  describe.skipIf(!adminUrl)(`${title} [postgresql]`, () => suite(postgresDatabase(adminUrl)));
}

/** A bot's database for a suite that keeps its files in `dir`: SQLite as a file there, PostgreSQL a fresh one. */
export async function databaseUrlIn(database: TestDatabase, dir: string): Promise<string> {
  return database.provider === 'sqlite' ? `file:${join(dir, 'pulse.db')}` : await database.fresh();
}
