/**
 * `npm run db:migration -- <name>`: creates a migration for each provider from
 * the difference between the schema of the last migration (kept in
 * prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma, with
 * Prisma's schema engine as WebAssembly (no downloaded binary). The engine
 * needs a live PostgreSQL connection even for a schema-to-schema diff, so the
 * script starts a throwaway cluster from Debian's binaries.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsDir, NO_FILTERS, withSchemaEngine } from '../src/store/migrations.ts';
import type { DatabaseProvider } from '../src/store/provider.ts';
import { datamodelFor, PRISMA_DIR } from '../src/store/schema-source.ts';

const SNAPSHOT = join(PRISMA_DIR, 'migrations', 'schema.snapshot.prisma');
import { startPostgres } from '../test/support/postgres-server.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <name>   (lower case letters, digits and _)');
  process.exit(2);
}

async function createMigration(provider: DatabaseProvider, url: string): Promise<void> {
  const previous = existsSync(SNAPSHOT) ? datamodelFor(provider, readFileSync(SNAPSHOT, 'utf8')) : undefined;
  const sql = await withSchemaEngine(url, async (engine) => {
    const result = await engine.diff({
      from:
        previous === undefined
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: previous }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: datamodelFor(provider) }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? '';
  });
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${provider}: the schema matches the migrations; nothing to create.`);
    return;
  }
  const dir = join(migrationsDir(provider), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), sql);
  console.log(`${provider}: created ${dir}`);
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const scratch = mkdtempSync(join(tmpdir(), 'pulse-migration-'));
const server = await startPostgres();
try {
  await createMigration('sqlite', `file:${join(scratch, 'diff.db')}`);
  await createMigration('postgresql', await server.createDatabase('pulse_diff'));
  copyFileSync(join(PRISMA_DIR, 'schema.prisma'), SNAPSHOT);
} finally {
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
}
