import type { Config } from '../config/index.ts';
import type { Logger } from '../logging/logger.ts';
import { startApp } from '../main.ts';

/** How long a stop may take before the process exits anyway. */
const STOP_DEADLINE_MS = 4_500;

/** Runs the bot until SIGTERM or SIGINT, then stops it within the deadline. */
export async function runStart(config: Config, log: Logger): Promise<number> {
  const app = await startApp(config, log);
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping');
      const deadline = setTimeout(() => {
        log.warn('stop took too long; exiting');
        resolve(1);
      }, STOP_DEADLINE_MS);
      deadline.unref();
      app.stop().then(
        () => {
          clearTimeout(deadline);
          log.info('stopped');
          resolve(0);
        },
        (error: unknown) => {
          clearTimeout(deadline);
          log.error({ err: error }, 'error while stopping');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
