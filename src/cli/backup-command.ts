import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { refusal } from '../messages/refusals.ts';
import { providerOf, sqlitePath } from '../store/provider.ts';
import { say, type AdminIo } from './command-io.ts';

/**
 * `excellence-pulse backup <file>`: a consistent copy of the SQLite database
 * through SQLite's online backup API, safe while the bot runs (a plain file
 * copy of a database in WAL mode can miss committed pages). PostgreSQL has
 * its own tool for this: pg_dump.
 */
export async function runBackupCommand(args: string[], databaseUrl: string, io: AdminIo): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    throw refusal('usage', 'refusal.cli.backup-usage');
  }
  if (providerOf(databaseUrl) === 'postgresql') {
    throw refusal('usage', 'refusal.cli.backup-postgresql');
  }
  const source = sqlitePath(databaseUrl);
  const target = resolve(file);
  if (!existsSync(source)) throw refusal('not_found', 'refusal.cli.backup-no-database', { path: source });
  if (existsSync(target)) throw refusal('usage', 'refusal.cli.backup-target-exists', { path: target });
  mkdirSync(dirname(target), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    const { totalPages } = await db.backup(target);
    io.stdout(say(io, 'cli.backup.done', { source, target, pages: totalPages }));
    return 0;
  } finally {
    db.close();
  }
}
