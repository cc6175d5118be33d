import { localPlatform } from '../../adapters/local/module.ts';
import { slackPlatform } from '../../adapters/slack/module.ts';
import { teamsPlatform } from '../../adapters/teams/module.ts';
import type { ConfiguredPlatform, PlatformModule } from '../app/platform-module.ts';
import { loadConfig, type Config, type Env } from '../config/index.ts';

/**
 * Every chat platform the bot can run on. Adding one is a folder under
 * adapters/ that exports a PlatformModule, and one line here.
 */
export const PLATFORMS: readonly PlatformModule[] = [slackPlatform, teamsPlatform, localPlatform];

export type AppConfig = Config<ConfiguredPlatform>;

/** The core's variables and every platform module's, parsed at boot. */
export function loadAppConfig(env?: Env, envFile?: string): AppConfig {
  return loadConfig(
    env,
    envFile,
    PLATFORMS.map((module) => module.settings),
  );
}
