import { Hono } from 'hono';
import { MovableClock, systemClock, type Clock } from './app/clock.ts';
import { chartProcess } from './charts/chart-process.ts';
import type { EngineSettings } from './app/context.ts';
import { engineKeys } from './config/encryption-keys.ts';
import type { CoreConfig } from './config/index.ts';
import type { AppConfig } from './compose/platforms.ts';
import { startPlatforms, type RunningPlatforms } from './compose/start-platforms.ts';
import { healthRoutes, type HealthState } from './http/health.ts';
import { listen, type HttpServer } from './http/server.ts';
import type { Logger } from './logging/logger.ts';
import { loadContentBank } from './model/index.ts';
import { startScheduler, type Scheduler } from './scheduler/scheduler.ts';
import { describeUrl, openStore, type Store } from './store/database.ts';
import { providerOf } from './store/provider.ts';

export interface RunningApp {
  readonly url: string;
  readonly store: Store;
  readonly scheduler: Scheduler;
  /** The clock every use case runs on (the playground's movable clock in local mode). */
  readonly clock: Clock;
  /** Runs one scheduler tick at the clock's now, or at `now`. */
  tick(now?: Date): Promise<void>;
  stop(): Promise<void>;
}

export function engineSettings(config: CoreConfig, url: string): EngineSettings {
  return {
    k: config.ANONYMITY_MIN_RESPONDENTS,
    minComments: config.COMMENT_MIN_COMMENTS,
    scoreWindowWeeks: config.SCORE_WINDOW_WEEKS,
    perPerson: config.STATEMENTS_PER_PULSE,
    defaultLocale: config.DEFAULT_LOCALE,
    defaultTimeZone: config.DEFAULT_TIME_ZONE,
    publicUrl: (config.PUBLIC_URL ?? url).replace(/\/$/, ''),
    retention: { answersMonths: config.RETENTION_MONTHS, auditMonths: config.AUDIT_RETENTION_MONTHS },
    ...engineKeys(config),
  };
}

/**
 * The composition root: HTTP first (so /readyz can say "not yet"), then the
 * content, the store and its migrations, the chat platforms, and the
 * scheduler tick.
 */
export interface StartOptions {
  /** Where "now" comes from; the wall clock unless a test or tool sets one. */
  readonly clock?: Clock;
}

export async function startApp(
  config: AppConfig,
  log: Logger,
  options: StartOptions = {},
): Promise<RunningApp> {
  const bank = loadContentBank(config.CONTENT_FILE ? { customFile: config.CONTENT_FILE } : {});
  const health: HealthState = {
    provider: providerOf(config.DATABASE_URL),
    migrations: undefined,
    ready: false,
  };
  const app = new Hono();
  app.route('/', healthRoutes(health));
  // The platform's routes exist only once the store is open; until then the bot says it is starting.
  const mounted: { routes?: Hono } = {};
  app.all('*', (c) => (mounted.routes ? mounted.routes.fetch(c.req.raw) : c.text('Starting…', 503)));

  const http: HttpServer = await listen(app, config.HOST, config.PORT);
  log.info({ url: http.url }, 'listening');

  let store: Store;
  try {
    log.info({ db: health.provider, at: describeUrl(config.DATABASE_URL) }, 'opening the database');
    store = await openStore({
      url: config.DATABASE_URL,
      migrateInChild: true,
      onMigrated: (applied) =>
        log.info({ applied }, applied.length ? 'migrations applied' : 'schema up to date'),
      onPoolError: (error) => log.warn({ err: error }, 'a database connection dropped; it will reconnect'),
    });
    health.migrations = await store.appliedMigrationCount();
  } catch (error) {
    await http.close();
    throw error;
  }

  const routes = new Hono();
  const stopping = new AbortController();
  // The playground's demo can move this clock forward; elsewhere nothing moves it.
  const clock = new MovableClock(options.clock ?? systemClock);
  let platforms: RunningPlatforms;
  try {
    platforms = await startPlatforms(routes, {
      config,
      base: {
        stopping: stopping.signal,
        db: store.db,
        bank,
        settings: engineSettings(config, http.url),
        log,
        clock,
      },
    });
  } catch (error) {
    await http.close();
    await store.close();
    throw error;
  }
  mounted.routes = routes;
  health.ready = true;

  const scheduler = startScheduler(
    config.SCHEDULER_CRON,
    [{ id: 'pulse', run: (now) => platforms.tick(now) }],
    log,
    clock,
  );
  log.info({ db: store.provider, migrations: health.migrations, platforms: platforms.names }, 'ready');

  return {
    url: http.url,
    store,
    scheduler,
    clock,
    tick: (now) => platforms.tick(now ?? clock.now()),
    async stop() {
      // Work in progress stops taking new items, and queued sends are handed back, before waiting for the tick.
      stopping.abort();
      await platforms.stop();
      await scheduler.stop();
      await http.close();
      await store.close();
      // A chart process still waiting for charts ends with the bot, not up to CHART_IDLE_MS later.
      await chartProcess.stop();
    },
  };
}
