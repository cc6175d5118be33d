import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../src/compose/platforms.ts';
import { platformsToRun } from '../../src/compose/running-platforms.ts';
import { slackSettings } from '../../adapters/slack/module.ts';
import { teamsSettings } from '../../adapters/teams/module.ts';
import { commandLineLanguage, configSchema, expects, loadConfig } from '../../src/config/index.ts';
import { isPulseError } from '../../src/errors.ts';
import { refusalText } from '../../src/messages/index.ts';

const noFile = join(tmpdir(), 'no-such-dir', '.env');

/** What the admin reads when the configuration is refused: in English (the error's message), or in `locale`. */
function failure(env: Record<string, string>, locale?: 'en' | 'nl'): string {
  try {
    loadAppConfig(env, noFile);
  } catch (error) {
    if (!isPulseError(error, 'config_invalid')) throw error;
    if (locale === undefined) return error.message;
    if (!error.words) throw new Error('expected the refusal to have its words in every language');
    return refusalText(error.words, locale);
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

  it('says it in Dutch too, with every variable named as it is spelled', () => {
    const env = { PORT: '0', SLACK_BOT_TOKEN: 'xoxb-1-2-abc' };
    expect(failure({ PORT: '0' }, 'nl')).toBe(
      'Ongeldige configuratie:\n  PORT: kreeg "0", verwacht een geheel getal van 1 tot en met 65535',
    );
    expect(failure({ PORT: '0' }, 'en')).toBe(failure({ PORT: '0' }));
    expect(failure({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' }, 'nl')).toContain(
      'SLACK_SIGNING_SECRET: kreeg niets, verwacht een waarde (nodig voor Slack via HTTP)',
    );
    expect(failure({ ...env, ENCRYPTION_KEY: 'my-secret-value' }, 'nl')).toContain(
      'ENCRYPTION_KEY: kreeg een waarde (verborgen), verwacht 32 willekeurige bytes in base64',
    );
  });

  it('has the words for what every variable expects in English and Dutch', () => {
    for (const schema of [configSchema, slackSettings, teamsSettings]) {
      for (const [variable, rule] of Object.entries(schema.shape)) {
        const words = expects.get(rule);
        expect(words?.en, variable).toMatch(/\w/);
        expect(words?.nl, variable).toMatch(/\w/);
        expect(words?.nl, variable).not.toBe(words?.en);
      }
    }
  });

  it('reads an optional .env file, with the environment taking precedence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'PORT=4000\nLOG_LEVEL=debug\n');
    expect(loadConfig({ LOG_LEVEL: 'warn' }, file)).toMatchObject({ PORT: 4000, LOG_LEVEL: 'warn' });
  });
});

describe('the command line’s language', () => {
  it('is the one --language names, above the shell’s', () => {
    expect(commandLineLanguage('nl', { LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(commandLineLanguage('EN', { LC_ALL: 'nl_NL.UTF-8' })).toBe('en');
    expect(() => commandLineLanguage('de', {})).toThrow('--language takes en or nl; got "de".');
  });

  it('is the shell’s otherwise, with LC_ALL before LC_MESSAGES before LANG', () => {
    expect(commandLineLanguage(undefined, { LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(commandLineLanguage(undefined, { LANG: 'nl_BE.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en');
    expect(commandLineLanguage(undefined, { LANG: 'en_GB.UTF-8', LC_ALL: 'nl_NL' })).toBe('nl');
    expect(commandLineLanguage(undefined, { LANG: 'nl_NL.UTF-8', LC_ALL: '' })).toBe('nl');
  });

  it('is English for a language it does not speak, or none', () => {
    expect(commandLineLanguage(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(commandLineLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(commandLineLanguage(undefined, {})).toBe('en');
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
