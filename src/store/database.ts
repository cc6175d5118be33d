import { PulseError } from '../errors.ts';
import type { Prisma, PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { applyMigrationsInChild } from './migrate-in-child.ts';
import { driverAdapterFor, providerOf, type DatabaseProvider } from './provider.ts';

/**
 * The Prisma client type every repository is written against. Both generated
 * clients come from one schema; the SQLite one is used as the common type
 * because its API is the subset that both providers support.
 */
export type Db = SqliteClient;

/** The client inside `db.$transaction(async (tx) => …)`: a `Db` without the transaction and connection methods. */
export type DbTransaction = Prisma.TransactionClient;

/** Which database a client talks to, for the few statements that differ (see `scrubFreedSpace`). */
const providers = new WeakMap<Db, DatabaseProvider>();

/**
 * Shortens how long old row versions survive on disk after rows were
 * rewritten or wiped (defence in depth; nothing depends on it). SQLite
 * already zeroes deleted content (`secure_delete`); here the WAL is copied
 * into the file and truncated, so its frames with old pages are gone.
 * PostgreSQL keeps dead tuples until VACUUM frees their space.
 */
export async function scrubFreedSpace(db: Db, tables: readonly string[]): Promise<void> {
  if (providers.get(db) === 'postgresql') {
    await db.$executeRawUnsafe(`VACUUM ${tables.map((table) => `"${table}"`).join(', ')}`);
    return;
  }
  // The one SQLite connection refuses a checkpoint while another job's transaction is open on it.
  for (let attempt = 1; ; attempt++) {
    try {
      await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
      return;
    } catch (error) {
      if (attempt >= CHECKPOINT_ATTEMPTS || !/SQLITE_(LOCKED|BUSY)/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const CHECKPOINT_ATTEMPTS = 100;

interface QueryEmitter {
  $on(event: 'query', listener: (event: { query: string; duration: number }) => void): void;
}

export interface Store {
  readonly db: Db;
  readonly provider: DatabaseProvider;
  appliedMigrationCount(): Promise<number>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  readonly url: string;
  /** Apply pending migrations before the client is handed out (default true). */
  readonly migrate?: boolean;
  /**
   * Apply them in a short-lived child process, as the running bot does: the
   * schema engine's memory leaves with the child instead of staying for good.
   */
  readonly migrateInChild?: boolean;
  readonly onMigrated?: (applied: string[]) => void;
  readonly onPoolError?: (error: Error) => void;
  /** Called with every statement the client ran and how long it took, e.g. to see where a path's time goes. */
  readonly onQuery?: (event: QueryEvent) => void;
}

export interface QueryEvent {
  readonly query: string;
  readonly durationMs: number;
}

/** Where a URL points, without its password, for messages. */
export function describeUrl(url: string): string {
  if (providerOf(url) === 'sqlite') return url;
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured PostgreSQL server';
  }
}

async function checkReachable(url: string): Promise<void> {
  if (providerOf(url) !== 'postgresql') return;
  // pg, like the schema engine below, is loaded only where it is used: a bot on SQLite never needs it.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PulseError(
      'database_unreachable',
      `Cannot reach PostgreSQL at ${describeUrl(url)} (DATABASE_URL): ${reason}. Check that the server runs and the URL, user and password are right.`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { url } = options;
  const provider = providerOf(url);
  await checkReachable(url);
  if (options.migrate ?? true) {
    const applied = options.migrateInChild
      ? await applyMigrationsInChild(url)
      : await (await import('./migrations.ts')).applyMigrations(url);
    options.onMigrated?.(applied);
  }
  const adapter = await driverAdapterFor(url, options.onPoolError);
  // Both clients share one schema; see the note on `Db`.
  // Each generated client carries its provider's query compiler; only the one in use is loaded.
  const clientOptions = {
    adapter: adapter.factory,
    ...(options.onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}),
  };
  const db =
    provider === 'postgresql'
      ? (new (await import('./generated/postgresql/client.ts')).PrismaClient(clientOptions) as unknown as Db)
      : new (await import('./generated/sqlite/client.ts')).PrismaClient(clientOptions);
  if (options.onQuery) {
    const onQuery = options.onQuery;
    // The client's type knows its events only when `log` is a literal of its constructor call.
    (db as unknown as QueryEmitter).$on('query', (event) =>
      onQuery({ query: event.query, durationMs: event.duration }),
    );
  }
  if (provider === 'sqlite') {
    // Write-ahead logging: readers never wait for the writer, and a commit is
    // one append instead of a journal rewrite (tens of times faster).
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
    // Deleted and overwritten content is zeroed, not left in free space for a file copy to find.
    await db.$queryRawUnsafe('PRAGMA secure_delete = ON');
  }
  providers.set(db, provider);
  return {
    db,
    provider,
    async appliedMigrationCount() {
      const rows = await db.$queryRawUnsafe<{ count: number | bigint }[]>(
        'SELECT COUNT(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      );
      return Number(rows[0]?.count ?? 0);
    },
    async close() {
      await db.$disconnect();
      await adapter.dispose();
    },
  };
}
