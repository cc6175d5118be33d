import { z } from 'zod';
import { definePlatform } from '../../src/app/platform-module.ts';

/**
 * The embedded default: a chat workspace in the browser with its dashboard,
 * where "view as" is the login. It has no variables of its own; it runs when
 * no chat platform is configured (or beside one with DEV_PLAYGROUND).
 */
export const localPlatform = definePlatform({
  id: 'local',
  schema: z.object({}),
  wanted: () => false,
  playground: true,
  describe: () => 'the local playground',
  async start(_settings, routes, host) {
    // The playground's pages load only when it runs.
    const { startLocal } = await import('./start-local.ts');
    return startLocal(routes, host);
  },
});
