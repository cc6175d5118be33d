import { join } from 'node:path';
import type { Clock } from '../../src/app/clock.ts';
import { loadAppConfig } from '../../src/compose/platforms.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startApp, type RunningApp } from '../../src/main.ts';
import { BOT_TOKEN, SLACK_API_URL } from '../slack/support/fake-slack-api.ts';
import { SIGNING_SECRET } from '../slack/support/slack-requests.ts';
import { freePort } from './free-port.ts';

/**
 * The bot as `npm start` runs it in Slack mode over HTTP, on a free port,
 * talking to the Slack Web API stand-in, its scheduler parked (the tests
 * tick it themselves). `dir` holds its `.env`; `env` replaces any setting.
 */
export async function startSlackBot(options: {
  readonly dir: string;
  readonly url: string;
  readonly clock?: Clock;
  readonly env?: Readonly<Record<string, string>>;
}): Promise<RunningApp> {
  const config = loadAppConfig(
    {
      PORT: String(await freePort()),
      DATABASE_URL: options.url,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL,
      ENCRYPTION_KEY: 'k'.repeat(43) + '=',
      LOG_LEVEL: 'silent',
      SCHEDULER_CRON: '0 0 1 1 *',
      ...options.env,
    },
    join(options.dir, '.env'),
  );
  const log = createLogger(process.env.TEST_LOG ?? 'silent');
  return startApp(config, log, options.clock ? { clock: options.clock } : {});
}
