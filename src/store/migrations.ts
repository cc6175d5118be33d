import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { PulseError } from '../errors.ts';
import { driverAdapterFor, providerOf, type DatabaseProvider } from './provider.ts';
import { openSchemaEngine } from './schema-engine.ts';
import { datamodelFor, PRISMA_DIR } from './schema-source.ts';

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function migrationsDir(provider: DatabaseProvider): string {
  return join(PRISMA_DIR, 'migrations', provider);
}

/** The migrations folder of one provider, read the way Prisma's CLI reads it. */
export function readMigrations(provider: DatabaseProvider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = join(baseDir, 'migration_lock.toml');
  const names = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(join(baseDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine, provider: DatabaseProvider) => Promise<T>,
): Promise<T> {
  const provider = providerOf(url);
  const adapter = await driverAdapterFor(url);
  try {
    const engine = await openSchemaEngine(datamodelFor(provider), adapter.factory);
    try {
      return await work(engine, provider);
    } finally {
      engine.free();
    }
  } finally {
    await adapter.dispose();
  }
}

/**
 * The migrations in the folder that `_prisma_migrations` does not record as
 * finished, read with one plain query. Starting the schema engine only when
 * something is pending keeps the CLI usable beside a running bot: on SQLite
 * the engine takes locks a running bot's connection holds up.
 */
export async function pendingMigrations(url: string): Promise<string[]> {
  const provider = providerOf(url);
  const folder = readMigrations(provider).migrationDirectories.map((directory) => directory.path);
  const adapter = await driverAdapterFor(url);
  try {
    const connection = await adapter.factory.connect();
    let applied: Set<string>;
    try {
      const result = await connection.queryRaw({
        sql: 'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        args: [],
        argTypes: [],
      });
      applied = new Set(result.rows.map((row) => String(row[0])));
    } catch {
      // No migrations table yet: a new database, everything is pending.
      applied = new Set();
    }
    return folder.filter((name) => !applied.has(name));
  } finally {
    await adapter.dispose();
  }
}

/**
 * Applies every pending migration and records it in `_prisma_migrations`, as
 * `prisma migrate deploy` does. Returns the names applied by this call.
 */
export async function applyMigrations(url: string): Promise<string[]> {
  try {
    if ((await pendingMigrations(url)).length === 0) return [];
    return await withSchemaEngine(url, async (engine, provider) => {
      const result = await engine.applyMigrations({
        migrationsList: readMigrations(provider),
        filters: NO_FILTERS,
      });
      return result.appliedMigrationNames;
    });
  } catch (error) {
    throw new PulseError('migration_failed', `Could not apply database migrations: ${describe(error)}`, {
      cause: error,
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
