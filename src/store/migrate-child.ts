/**
 * The child process of `applyMigrationsInChild`: receives the database URL
 * over IPC (never on the command line, where `ps` would show its password),
 * applies the migrations and sends back what it applied or why it could not.
 */
import { isPulseError } from '../errors.ts';
import { applyMigrations } from './migrations.ts';

export type MigrateReply = { readonly applied: string[] } | { readonly error: string };

process.once('message', (url: string) => {
  void applyMigrations(url)
    .then(
      (applied): MigrateReply => ({ applied }),
      (error: unknown): MigrateReply => ({
        error: isPulseError(error) ? error.message : `Could not apply database migrations: ${String(error)}`,
      }),
    )
    .then((reply) => process.send?.(reply, () => process.disconnect()));
});
