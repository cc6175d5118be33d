import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import type { PulseError } from '../errors.ts';
import { refusal } from '../messages/refusals.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import { configSchema, SECRET_KEYS, URL_KEYS, type CoreConfig } from './schema.ts';
import { configSection, type ConfigSection, type Env } from './section.ts';

/** Variables from an optional `.env` file; the process environment wins. */
export function readEnvFile(path: string): Env {
  return existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {};
}

const coreSection = configSection(configSchema, {
  secrets: SECRET_KEYS,
  urls: URL_KEYS,
  build: (values) => values,
});

/** The core's settings and what each platform module made of its own variables. */
export type Config<Platform = unknown> = CoreConfig & { readonly platforms: readonly Platform[] };

/**
 * Parses the environment into a typed config: the core's variables, then
 * each section's (a platform module's), which may look at the core's. A
 * wrong value stops start-up with one line per variable: its name, what it
 * got and what it expects.
 */
export function loadConfig<Platform = never>(
  env: Env = process.env,
  envFile = '.env',
  sections: readonly ConfigSection<Platform, CoreConfig>[] = [],
): Config<Platform> {
  const merged: Env = { ...readEnvFile(envFile), ...env };
  const core = coreSection.read(merged, undefined);
  if (!core.ok) throw invalid(core.problems);
  const problems: LocalizedText[] = [];
  const platforms: Platform[] = [];
  for (const section of sections) {
    const result = section.read(merged, core.value);
    if (result.ok) platforms.push(result.value);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw invalid(problems);
  return { ...core.value, platforms };
}

/** One refusal naming every wrong variable: the log and tests read it in English, a person in their language. */
function invalid(problems: readonly LocalizedText[]): PulseError {
  return refusal('config_invalid', 'refusal.config.invalid', {}, { lines: problems });
}
