import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../src/compose/platforms.ts';
import { platformsToRun } from '../../src/compose/running-platforms.ts';
import { isPulseError } from '../../src/errors.ts';

const noFile = join(tmpdir(), 'no-such-dir', '.env');
const CLIENT_ID = '3f1b7c2e-5a4d-4e8b-9c1f-2d6a7b8c9d0e';
const TENANT = '8a4c2b1e-3d5f-4a6b-9c7d-1e2f3a4b5c6d';
const SECRET = 'a-client-secret-of-the-bot';

function refusal(env: Record<string, string>): string {
  try {
    loadAppConfig(env, noFile);
  } catch (error) {
    if (isPulseError(error, 'config_invalid')) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

function running(env: Record<string, string>): string[] {
  const config = loadAppConfig(env, noFile);
  return platformsToRun(config.platforms, config.DEV_PLAYGROUND).map((platform) => platform.describe);
}

describe('the Teams module’s settings', () => {
  it('runs Teams, and not the playground, when the bot’s app registration is given', () => {
    expect(
      running({ TEAMS_CLIENT_ID: CLIENT_ID, TEAMS_CLIENT_SECRET: SECRET, TEAMS_TENANT_ID: TENANT }),
    ).toEqual(['Microsoft Teams (single-tenant)']);
  });

  it('runs beside Slack in one process', () => {
    expect(
      running({
        TEAMS_CLIENT_ID: CLIENT_ID,
        TEAMS_CLIENT_SECRET: SECRET,
        TEAMS_TENANT_ID: TENANT,
        SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
        SLACK_SIGNING_SECRET: 'a'.repeat(32),
      }),
    ).toEqual(['Slack (HTTP, one workspace)', 'Microsoft Teams (single-tenant)']);
  });

  it('names what a half-finished set lacks, without echoing the secret', () => {
    const withoutSecret = refusal({ TEAMS_CLIENT_ID: CLIENT_ID });
    expect(withoutSecret).toContain('TEAMS_CLIENT_SECRET: got nothing');
    expect(withoutSecret).toContain('TEAMS_TENANT_ID: got nothing');
    const withoutId = refusal({ TEAMS_CLIENT_SECRET: SECRET, TEAMS_TENANT_ID: TENANT });
    expect(withoutId).toContain('TEAMS_CLIENT_ID: got nothing');
    expect(withoutId).not.toContain(SECRET);
    expect(refusal({ TEAMS_CLIENT_ID: 'not-a-guid', TEAMS_CLIENT_SECRET: SECRET })).toContain(
      'TEAMS_CLIENT_ID: got "not-a-guid"',
    );
  });

  it('takes the guests switch as true or false only', () => {
    const teams = { TEAMS_CLIENT_ID: CLIENT_ID, TEAMS_CLIENT_SECRET: SECRET, TEAMS_TENANT_ID: TENANT };
    expect(running({ ...teams, TEAMS_INCLUDE_GUESTS: 'true' })).toEqual(['Microsoft Teams (single-tenant)']);
    expect(refusal({ ...teams, TEAMS_INCLUDE_GUESTS: 'maybe' })).toContain(
      'TEAMS_INCLUDE_GUESTS: got "maybe"',
    );
  });
});
