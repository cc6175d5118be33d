import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { isPreparing } from './sqlite-statements.ts';

/**
 * Starts every transaction on the connection as `BEGIN IMMEDIATE`, taking
 * the file's write lock at its start.
 *
 * The better-sqlite3 driver adapter begins with a plain `BEGIN`, which takes
 * no lock until the first write. A transaction that reads first (an upsert:
 * look, then insert) and finds that another process wrote in between cannot
 * write at all: SQLite refuses it at once (SQLITE_BUSY_SNAPSHOT) instead of
 * waiting, and the admin's `excellence-pulse team add` failed while the bot
 * ran its scheduler on the same file. Asked at BEGIN, the lock waits its
 * turn (the busy timeout). In one process the connection is already taken
 * in turns (serialised-connection.ts), so this only orders processes.
 */
export function immediateTransactions(connection: SqlDriverAdapter): SqlDriverAdapter {
  const client = (connection as { client?: unknown }).client;
  if (!isPreparing(client)) return connection;
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === 'BEGIN' ? 'BEGIN IMMEDIATE' : sql);
  return connection;
}
