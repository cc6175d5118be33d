import { Hono } from 'hono';
import type { Config } from './config/index.ts';
import { healthRoutes, type HealthState } from './http/health.ts';
import { listen, type HttpServer } from './http/server.ts';
import type { Logger } from './logging/logger.ts';
import { startScheduler, type Scheduler } from './scheduler/scheduler.ts';
import { describeUrl, openStore, type Store } from './store/database.ts';
import { providerOf } from './store/provider.ts';

export interface RunningApp {
  readonly url: string;
  readonly store: Store;
  readonly scheduler: Scheduler;
  stop(): Promise<void>;
}

/**
 * The composition root: HTTP first (so /readyz can say "not yet"), then the
 * store and its migrations, then the scheduler tick.
 */
export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const health: HealthState = { provider: providerOf(config.DATABASE_URL), migrations: undefined };
  const app = new Hono();
  app.route('/', healthRoutes(health));

  const http: HttpServer = await listen(app, config.HOST, config.PORT);
  log.info({ url: http.url }, 'listening');

  let store: Store;
  try {
    log.info({ db: health.provider, at: describeUrl(config.DATABASE_URL) }, 'opening the database');
    store = await openStore({
      url: config.DATABASE_URL,
      onMigrated: (applied) =>
        log.info({ applied }, applied.length ? 'migrations applied' : 'schema up to date'),
      onPoolError: (error) => log.warn({ err: error }, 'a database connection dropped; it will reconnect'),
    });
    health.migrations = await store.appliedMigrationCount();
  } catch (error) {
    await http.close();
    throw error;
  }

  const scheduler = startScheduler(config.SCHEDULER_CRON, [], log);
  log.info({ db: store.provider, migrations: health.migrations }, 'ready');

  return {
    url: http.url,
    store,
    scheduler,
    async stop() {
      await scheduler.stop();
      await http.close();
      await store.close();
    },
  };
}
