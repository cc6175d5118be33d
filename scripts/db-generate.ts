/**
 * Generates one Prisma client per provider into src/store/generated/ from the
 * single schema source. Runs after `npm install`. Prisma's CLI only checks
 * that a schema-engine binary exists before generating, so it is pointed at
 * this file instead of downloading one.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamodelFor, PRISMA_DIR } from '../src/store/schema-source.ts';
import { loadQueryCompilerFromFile } from './query-compiler-file.ts';

const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
for (const provider of ['sqlite', 'postgresql'] as const) {
  // The generator's relative output path is resolved against the schema's folder.
  const schemaPath =
    provider === 'sqlite' ? join(PRISMA_DIR, 'schema.prisma') : join(PRISMA_DIR, '.postgresql.prisma');
  if (provider === 'postgresql') writeFileSync(schemaPath, datamodelFor('postgresql'));
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPath], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url),
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  if (provider === 'postgresql') rmSync(schemaPath, { force: true });
  if (result.status !== 0) process.exit(result.status ?? 1);
  await loadQueryCompilerFromFile(join(PRISMA_DIR, '../src/store/generated', provider));
}
