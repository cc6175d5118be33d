import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PulseError } from '../errors.ts';
import type { MigrateReply } from './migrate-child.ts';

const CHILD = fileURLToPath(new URL('./migrate-child.ts', import.meta.url));

/**
 * Applies pending migrations in a short-lived child process. The schema
 * engine is WebAssembly whose memory (tens of megabytes) can never be handed
 * back once grown; in a child it is returned to the system when the child
 * exits, so the running bot stays small at rest.
 */
export function applyMigrationsInChild(url: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
    let reply: MigrateReply | undefined;
    child.once('message', (message: MigrateReply) => (reply = message));
    child.once('error', (error) => reject(failed(error.message, error)));
    child.once('exit', (code, signal) => {
      if (reply && 'applied' in reply) resolve(reply.applied);
      else if (reply) reject(new PulseError('migration_failed', reply.error));
      else reject(failed(`the migration process ended (${signal ?? `exit code ${code}`})`));
    });
    child.send(url);
  });
}

function failed(reason: string, cause?: unknown): PulseError {
  return new PulseError('migration_failed', `Could not apply database migrations: ${reason}`, { cause });
}
