import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { keepingPool } from './pg-pool.ts';
import { statementNames } from './pg-statement-names.ts';
import { serialisedConnection } from './serialised-connection.ts';
import { reusingStatements } from './sqlite-statements.ts';
import { immediateTransactions } from './sqlite-write-transactions.ts';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgresql' : 'sqlite';
}

/** The file behind a `file:` URL, resolved against the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));
}

export interface DriverAdapter {
  readonly factory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes the connections the adapter opened (the PostgreSQL pool). */
  dispose(): Promise<void>;
}

/**
 * Wraps a factory so that `dispose` closes every connection it handed out:
 * the schema engine opens connections but never closes them, and an open
 * SQLite connection keeps the file locked.
 */
function tracked(
  inner: SqlMigrationAwareDriverAdapterFactory,
  end: () => Promise<void>,
  wrap: (connection: SqlDriverAdapter) => SqlDriverAdapter = (connection) => connection,
): DriverAdapter {
  const opened: SqlDriverAdapter[] = [];
  const keep = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    opened.push(adapter);
    return wrap(adapter);
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => keep(await inner.connect()),
    connectToShadowDb: async () => keep(await inner.connectToShadowDb()),
  };
  return {
    factory,
    async dispose() {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
      await end();
    },
  };
}

/**
 * The driver adapter for a database URL; for SQLite it creates the file's folder. Only the
 * provider's own driver is loaded: a bot on SQLite never holds pg in memory, nor one on
 * PostgreSQL better-sqlite3.
 */
export async function driverAdapterFor(
  url: string,
  onPoolError: (error: Error) => void = () => {},
): Promise<DriverAdapter> {
  if (providerOf(url) === 'postgresql') {
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import('pg'), import('@prisma/adapter-pg')]);
    // A refused statement (a row that exists) keeps its connection (see pg-pool.ts).
    const pool = keepingPool(pg, { connectionString: url, max: 10 });
    // An idle client that loses its server emits on the pool; unhandled, that ends the process.
    pool.on('error', onPoolError);
    // Each connection parses and plans a repeated statement once (see pg-statement-names.ts).
    return tracked(new PrismaPg(pool, { statementNameGenerator: statementNames() }), () => pool.end());
  }
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
  // One connection: its statements and transactions take turns (see serialised-connection.ts), each
  // SQL text is prepared once (sqlite-statements.ts), and a transaction takes the write lock as it
  // begins (sqlite-write-transactions.ts).
  return tracked(
    new PrismaBetterSqlite3({ url: path, timeout: 10_000 }),
    async () => {},
    (connection) => serialisedConnection(reusingStatements(immediateTransactions(connection))),
  );
}
