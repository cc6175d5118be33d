import type { Statement } from 'better-sqlite3';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/**
 * Prepares each SQL text once per connection instead of once per query.
 *
 * The better-sqlite3 driver adapter calls `prepare(sql).bind(args)` for every
 * query, and preparing costs two to three times what running a small query
 * does; an answer click runs the same handful of statements every time. The
 * adapter keeps its connection as `client`; its `prepare` is replaced by one
 * that hands out a cached statement behind the few calls the adapter makes
 * (`bind`, then `reader`, `columns`, `raw().all()` or `run`), with the
 * arguments passed on each run rather than bound for good. A connection
 * without that shape is left as it is.
 */
export function reusingStatements(connection: SqlDriverAdapter): SqlDriverAdapter {
  const client = (connection as { client?: unknown }).client;
  if (!isPreparing(client)) return connection;
  const prepare = client.prepare.bind(client);
  const prepared = new Map<string, Statement>();
  client.prepare = (sql: string): Statement => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = prepare(sql);
      // Queries carry their values as parameters, so there are few texts; a generated IN list can make more.
      if (prepared.size >= MAX_STATEMENTS) prepared.delete(prepared.keys().next().value ?? '');
      prepared.set(sql, statement);
    }
    // Only the calls the adapter makes are offered (see above).
    return reusable(statement) as unknown as Statement;
  };
  return connection;
}

const MAX_STATEMENTS = 500;

interface Preparing {
  prepare(sql: string): Statement;
}

/** Whether the adapter's connection is the better-sqlite3 client whose `prepare` these wrappers replace. */
export function isPreparing(client: unknown): client is Preparing {
  return typeof client === 'object' && client !== null && typeof (client as Preparing).prepare === 'function';
}

/** What the adapter asks of a prepared statement, with the arguments given at each run. */
function reusable(statement: Statement) {
  const withArguments = (args: readonly unknown[]) => ({
    reader: statement.reader,
    columns: () => statement.columns(),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  return { ...withArguments([]), bind: (args: readonly unknown[]) => withArguments(args) };
}
