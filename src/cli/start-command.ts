import type { AppConfig } from '../compose/platforms.ts';
import type { Logger } from '../logging/logger.ts';
import { startApp } from '../main.ts';

/** How long a stop may take before the process exits anyway. */
const STOP_DEADLINE_MS = 4_500;

/**
 * Runs the bot until SIGTERM or SIGINT, then stops it within the deadline.
 * The signal handlers are in place before start-up begins, so a signal that
 * arrives while the bot is still starting stops it as soon as it can.
 */
export async function runStart(config: AppConfig, log: Logger): Promise<number> {
  let signalled: (signal: NodeJS.Signals) => void = () => {};
  const signal = new Promise<NodeJS.Signals>((resolve) => (signalled = resolve));
  process.once('SIGTERM', () => signalled('SIGTERM'));
  process.once('SIGINT', () => signalled('SIGINT'));

  const app = await startApp(config, log);
  const received = await signal;
  log.info({ signal: received }, 'stopping');
  const deadline = new Promise<number>((resolve) => {
    setTimeout(() => {
      log.warn('stop took too long; exiting');
      resolve(1);
    }, STOP_DEADLINE_MS).unref();
  });
  const stopped = app.stop().then(
    () => {
      log.info('stopped');
      return 0;
    },
    (error: unknown) => {
      log.error({ err: error }, 'error while stopping');
      return 1;
    },
  );
  return Promise.race([stopped, deadline]);
}
