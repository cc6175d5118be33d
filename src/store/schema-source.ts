import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatabaseProvider } from './provider.ts';

export const PRISMA_DIR = fileURLToPath(new URL('../../prisma/', import.meta.url));

/**
 * The schema for one provider, derived from the single source in
 * prisma/schema.prisma, which is written for SQLite.
 */
export function datamodelFor(
  provider: DatabaseProvider,
  source = readFileSync(`${PRISMA_DIR}schema.prisma`, 'utf8'),
): string {
  if (provider === 'sqlite') return source;
  return source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(
      'output       = "../src/store/generated/sqlite"',
      'output       = "../src/store/generated/postgresql"',
    );
}
