import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import type { z } from 'zod';
import { PulseError } from '../errors.ts';
import { configSchema, SECRET_KEYS, URL_KEYS, type Config } from './schema.ts';

type Env = Record<string, string | undefined>;

/** Variables from an optional `.env` file; the process environment wins. */
export function readEnvFile(path: string): Env {
  return existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {};
}

/** A URL with its password replaced, for messages and logs. */
export function maskPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

function shown(key: string, value: string | undefined): string {
  if (value === undefined) return 'nothing';
  if (SECRET_KEYS.has(key)) return 'a value (hidden)';
  return JSON.stringify(URL_KEYS.has(key) ? maskPassword(value) : value);
}

function expectation(key: string): string {
  const field = configSchema.shape[key as keyof typeof configSchema.shape];
  return field?.description ?? 'a valid value';
}

/**
 * Parses the environment into a typed config. A wrong value stops start-up
 * with one line per variable: its name, what it got and what it expects.
 */
export function loadConfig(env: Env = process.env, envFile = '.env'): Config {
  const merged: Env = { ...readEnvFile(envFile), ...env };
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const known = Object.fromEntries(
    Object.keys(configSchema.shape)
      .map((key) => [key, merged[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(known);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issueLine(issue, known));
  if (parsed.success && parsed.data.COMMENT_MIN_RESPONDENTS < parsed.data.ANONYMITY_MIN_RESPONDENTS) {
    problems.push(
      `COMMENT_MIN_RESPONDENTS: got ${parsed.data.COMMENT_MIN_RESPONDENTS}, expected a number not below ANONYMITY_MIN_RESPONDENTS (${parsed.data.ANONYMITY_MIN_RESPONDENTS})`,
    );
  }
  if (parsed.success) problems.push(...platformProblems(parsed.data));
  if (!parsed.success || problems.length > 0) {
    throw new PulseError('config_invalid', `Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

function issueLine(issue: z.core.$ZodIssue, given: Env): string {
  const key = String(issue.path[0] ?? '');
  return `${key}: got ${shown(key, given[key])}, expected ${expectation(key)}`;
}

/**
 * Which chat platform runs follows from the variables that are set: Socket
 * Mode (bot + app token), HTTP with one workspace (bot token + signing
 * secret), HTTP with OAuth distribution (client id, secret, state secret,
 * signing secret, encryption key, public URL), or none of them: the local
 * playground. A half-finished set is named, not guessed at.
 */
export type PlatformMode = 'local' | 'slack-socket' | 'slack-http' | 'slack-oauth';

export function platformMode(config: Config): PlatformMode {
  if (config.SLACK_CLIENT_ID) return 'slack-oauth';
  if (config.SLACK_APP_TOKEN) return 'slack-socket';
  if (config.SLACK_BOT_TOKEN) return 'slack-http';
  return 'local';
}

function platformProblems(config: Config): string[] {
  const missing = (mode: string, keys: readonly (keyof Config)[]) =>
    keys
      .filter((key) => config[key] === undefined)
      .map((key) => `${key}: got nothing, expected a value (needed for ${mode})`);
  switch (platformMode(config)) {
    case 'slack-oauth':
      return missing('Slack OAuth distribution', [
        'SLACK_CLIENT_SECRET',
        'SLACK_STATE_SECRET',
        'SLACK_SIGNING_SECRET',
        'ENCRYPTION_KEY',
        'PUBLIC_URL',
      ]);
    case 'slack-socket':
      return missing('Slack Socket Mode', ['SLACK_BOT_TOKEN']);
    case 'slack-http':
      return missing('Slack over HTTP', ['SLACK_SIGNING_SECRET']);
    case 'local':
      return config.SLACK_SIGNING_SECRET
        ? ['SLACK_BOT_TOKEN: got nothing, expected a bot token (xoxb-…) next to SLACK_SIGNING_SECRET']
        : [];
  }
}
