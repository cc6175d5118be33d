import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../src/compose/platforms.ts';
import { platformsToRun } from '../../src/compose/running-platforms.ts';
import { loadConfig } from '../../src/config/index.ts';
import { isPulseError } from '../../src/errors.ts';

const noFile = join(tmpdir(), 'no-such-dir', '.env');

function failure(env: Record<string, string>): string {
  try {
    loadAppConfig(env, noFile);
  } catch (error) {
    if (isPulseError(error, 'config_invalid')) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration', () => {
  it('needs nothing for the embedded mode', () => {
    expect(loadConfig({}, noFile)).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 3978,
      DATABASE_URL: 'file:./data/excellence-pulse.db',
      ANONYMITY_MIN_RESPONDENTS: 5,
      COMMENT_MIN_COMMENTS: 3,
      SCORE_WINDOW_WEEKS: 12,
    });
  });

  it('takes a score window of 4 to 52 weeks and names the variable when it is not', () => {
    expect(loadConfig({ SCORE_WINDOW_WEEKS: '26' }, noFile).SCORE_WINDOW_WEEKS).toBe(26);
    expect(failure({ SCORE_WINDOW_WEEKS: '2' })).toContain(
      'SCORE_WINDOW_WEEKS: got "2", expected an integer from 4 to 52',
    );
  });

  it('names the variable, what it got and what it expects', () => {
    expect(failure({ PORT: 'abc' })).toContain('PORT: got "abc", expected an integer from 1 to 65535');
    expect(failure({ DEFAULT_TIME_ZONE: 'Mars/Olympus' })).toContain('DEFAULT_TIME_ZONE: got "Mars/Olympus"');
  });

  it('never lets the anonymity threshold fall below three', () => {
    expect(failure({ ANONYMITY_MIN_RESPONDENTS: '2' })).toContain('ANONYMITY_MIN_RESPONDENTS: got "2"');
    expect(failure({ COMMENT_MIN_COMMENTS: '2' })).toContain('COMMENT_MIN_COMMENTS: got "2"');
  });

  it('names the variable that replaced the old comment threshold', () => {
    expect(failure({ COMMENT_MIN_RESPONDENTS: '10' })).toContain(
      'COMMENT_MIN_RESPONDENTS: got "10", expected unset: it was replaced by COMMENT_MIN_COMMENTS',
    );
  });

  it('lists every wrong variable at once', () => {
    const message = failure({ PORT: '0', LOG_LEVEL: 'loud' });
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_LEVEL');
  });

  it('never echoes a secret or a password', () => {
    const key = failure({ ENCRYPTION_KEY: 'my-secret-value' });
    expect(key).toContain('ENCRYPTION_KEY');
    expect(key).not.toContain('my-secret-value');
    const url = failure({ DATABASE_URL: 'mysql://user:hunter2@db/x' });
    expect(url).toContain('DATABASE_URL');
    expect(url).not.toContain('hunter2');
  });

  it('reads an optional .env file, with the environment taking precedence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'PORT=4000\nLOG_LEVEL=debug\n');
    expect(loadConfig({ LOG_LEVEL: 'warn' }, file)).toMatchObject({ PORT: 4000, LOG_LEVEL: 'warn' });
  });
});

/** What runs for this environment: each platform's id and how it connects. */
function running(env: Record<string, string>): string[] {
  const config = loadAppConfig(env, noFile);
  return platformsToRun(config.platforms, config.DEV_PLAYGROUND).map((platform) => platform.describe);
}

describe('choosing the chat platform', () => {
  it('runs the local playground when no platform is configured', () => {
    expect(running({})).toEqual(['the local playground']);
  });

  it('picks Socket Mode, HTTP or OAuth from the Slack variables that are set', () => {
    const bot = 'xoxb-1-2-abc';
    const signing = 'a'.repeat(32);
    expect(running({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' })).toEqual([
      'Slack (Socket Mode)',
    ]);
    expect(running({ SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: signing })).toEqual([
      'Slack (HTTP, one workspace)',
    ]);
  });

  it('never serves the playground next to a chat platform, unless the development switch says so', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'a'.repeat(32) };
    expect(running(slack)).not.toContain('the local playground');
    expect(running({ ...slack, DEV_PLAYGROUND: 'true' })).toEqual([
      'Slack (HTTP, one workspace)',
      'the local playground',
    ]);
  });

  it('names what is missing from a half-finished Slack setup, without echoing the tokens', () => {
    const message = failure({ SLACK_CLIENT_ID: '123.456', SLACK_CLIENT_SECRET: 'c'.repeat(32) });
    expect(message).toContain('SLACK_STATE_SECRET: got nothing');
    expect(message).toContain('ENCRYPTION_KEY: got nothing');
    expect(message).toContain('PUBLIC_URL: got nothing');
    expect(message).not.toContain('c'.repeat(32));
    expect(failure({ SLACK_BOT_TOKEN: 'xoxp-user-token' })).toContain(
      'SLACK_BOT_TOKEN: got a value (hidden), expected a Slack bot token',
    );
  });

  it('keeps the core configuration free of any platform', () => {
    const core = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-ignored' }, noFile);
    expect(core.platforms).toEqual([]);
    expect(Object.keys(core).some((key) => key.startsWith('SLACK_'))).toBe(false);
  });
});
