import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import type { ManualClock } from '../../../src/app/clock.ts';
import { loadAppConfig } from '../../../src/compose/platforms.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import { startApp, type RunningApp } from '../../../src/main.ts';
import type { TestDatabase } from '../../support/databases.ts';
import { freePort } from '../../support/free-port.ts';
import {
  startTeamsCloud,
  type TeamsCloudOptions,
  type TeamsCloudStandin,
} from '../../support/teams-cloud-standin.ts';
import { TEAMS_IDS } from './activities.ts';

const SECRET = 'a-client-secret-of-the-bot';

export interface TeamsApp {
  readonly app: RunningApp;
  readonly cloud: TeamsCloudStandin;
  close(): Promise<void>;
}

/**
 * The whole bot on Teams, as `npm start` runs it, with the Teams variables
 * pointing at a loopback stand-in of Microsoft's side (keys, token endpoint,
 * Bot Connector), on a fresh database and the test's clock. No other
 * network is reached.
 */
export async function startTeamsApp(
  database: TestDatabase,
  clock: ManualClock,
  cloudOptions: Pick<TeamsCloudOptions, 'rosters' | 'conversations'>,
): Promise<TeamsApp> {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  const { CLIENT_ID, TENANT } = TEAMS_IDS;
  const cloud = await startTeamsCloud({
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    tenantId: TENANT,
    ...cloudOptions,
  });
  const dir = mkdtempSync(join(tmpdir(), 'pulse-teams-'));
  const url = database.provider === 'sqlite' ? `file:${join(dir, 'pulse.db')}` : await database.fresh();
  const config = loadAppConfig(
    {
      PORT: String(await freePort()),
      DATABASE_URL: url,
      TEAMS_CLIENT_ID: CLIENT_ID,
      TEAMS_CLIENT_SECRET: SECRET,
      TEAMS_TENANT_ID: TENANT,
      TEAMS_OPENID_METADATA_URL: cloud.openIdMetadataUrl,
      TEAMS_TOKEN_URL: cloud.tokenUrl,
      ENCRYPTION_KEY: 'k'.repeat(43) + '=',
      LOG_LEVEL: 'silent',
      SCHEDULER_CRON: '0 0 1 1 *',
    },
    join(dir, '.env'),
  );
  const app = await startApp(config, createLogger(process.env.TEST_LOG ?? 'silent'), { clock });
  return {
    app,
    cloud,
    async close() {
      await app.stop();
      await cloud.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
