import type { Hono } from 'hono';
import {
  adminFormGuard,
  adminRoutes,
  dashboardRoutes,
  tokenViewer,
} from '../../adapters/local/dashboard/index.ts';
import type { MovableClock } from '../app/clock.ts';
import type { AppContext } from '../app/context.ts';
import { createLinkSigner, signedLinks } from '../app/dashboard-links.ts';
import { signedLinkViewer } from '../app/dashboard-viewers.ts';
import type { StartedPlatform } from '../app/platform-module.ts';
import { routePlatforms, type RoutedPlatform } from '../app/platform-router.ts';
import { createPlatformServices } from '../app/platform-services.ts';
import { createPulseServices } from '../app/pulse-services.ts';
import { tick } from '../app/tick.ts';
import { featureByName } from '../messages/index.ts';
import type { AppConfig } from './platforms.ts';
import { platformsToRun } from './running-platforms.ts';

export interface RunningPlatforms {
  readonly names: readonly string[];
  /** The engine's tick for every organisation, then each platform's own. */
  tick(now: Date): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts every platform that runs, side by side on one context: the use
 * cases send through a router that picks each organisation's platform. The
 * dashboard is served once: with the playground's "view as" when the
 * playground runs, else for the signed links the platforms send.
 */
export async function startPlatforms(
  routes: Hono,
  options: { config: AppConfig; base: Omit<AppContext, 'platform' | 'links'> & { clock: MovableClock } },
): Promise<RunningPlatforms> {
  const { config, base } = options;
  const chosen = platformsToRun(config.platforms, config.DEV_PLAYGROUND);
  const signer = createLinkSigner(config.ENCRYPTION_KEY);
  const signed = signedLinks(base.settings.publicUrl, signer, base.clock);
  const running = new Map<string, RoutedPlatform>();
  const router = routePlatforms(base.db, running);
  const ctx: AppContext = { ...base, platform: router.platform, links: router.links };
  const services = createPulseServices(ctx);

  const started: StartedPlatform[] = [];
  try {
    for (const configured of chosen) {
      const platform = await configured.start(routes, {
        ctx,
        services,
        platformServices: createPlatformServices(ctx, services, configured.id),
        clock: base.clock,
        signer,
        config,
      });
      started.push(platform);
      running.set(configured.id, { platform: platform.platform, links: platform.links ?? signed });
      base.log.info({ platform: configured.id }, `running on ${configured.describe}`);
    }
  } catch (error) {
    for (const platform of started) await platform.stop();
    throw error;
  }
  if (!chosen.some((platform) => platform.playground)) {
    // The links come from chat: the expired-link page says how to get one there (by name when several platforms run).
    const reach = started.length === 1 && started[0] ? started[0].reach : featureByName;
    const viewer = tokenViewer(signedLinkViewer(base.db, signer, base.clock));
    const forms = adminFormGuard(config.ENCRYPTION_KEY);
    routes.route(
      '/',
      dashboardRoutes({
        services,
        reach,
        viewer,
        forms,
        onError: (error) => base.log.error({ err: error }, 'dashboard error'),
      }),
    );
    routes.route(
      '/',
      adminRoutes({
        services,
        reach,
        viewer,
        guard: forms,
        onError: (error) => base.log.error({ err: error }, 'admin page error'),
      }),
    );
  }
  return {
    names: chosen.map((platform) => platform.id),
    async tick(now) {
      await tick(ctx, now);
      for (const platform of started) await platform.tick?.(now);
    },
    async stop() {
      for (const platform of started) await platform.stop();
    },
  };
}
