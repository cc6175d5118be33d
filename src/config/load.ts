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
  if (!parsed.success || problems.length > 0) {
    throw new PulseError('config_invalid', `Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

function issueLine(issue: z.core.$ZodIssue, given: Env): string {
  const key = String(issue.path[0] ?? '');
  return `${key}: got ${shown(key, given[key])}, expected ${expectation(key)}`;
}
