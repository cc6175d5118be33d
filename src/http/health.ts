import { Hono } from 'hono';
import type { DatabaseProvider } from '../store/provider.ts';

export interface HealthState {
  readonly provider: DatabaseProvider;
  /** Set once migrations are done. */
  migrations: number | undefined;
  /** Set once every route the process serves is mounted; until then /readyz answers 503. */
  ready: boolean;
}

/** Liveness and readiness for load balancers and orchestrators. */
export function healthRoutes(state: HealthState): Hono {
  const app = new Hono();
  app.get('/healthz', (c) =>
    c.json({
      status: state.migrations === undefined ? 'starting' : 'ok',
      db: state.provider,
      migrations: state.migrations ?? 0,
    }),
  );
  app.get('/readyz', (c) =>
    !state.ready || state.migrations === undefined
      ? c.json({ status: 'starting', db: state.provider }, 503)
      : c.json({ status: 'ready', db: state.provider, migrations: state.migrations }),
  );
  return app;
}
