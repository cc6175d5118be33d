import type { ConfiguredPlatform } from '../app/platform-module.ts';
import { refusal } from '../messages/refusals.ts';

/**
 * Which platforms run: every one the environment asks for; the playground
 * when none is asked for, and beside them only when DEV_PLAYGROUND says so
 * (its "view as" would let anyone read anyone's reports).
 */
export function platformsToRun(
  configured: readonly ConfiguredPlatform[],
  devPlayground: boolean,
): ConfiguredPlatform[] {
  const wanted = configured.filter((platform) => platform.wanted && !platform.playground);
  const playground = configured.filter((platform) => platform.playground);
  const chosen = wanted.length === 0 || devPlayground ? [...wanted, ...playground] : wanted;
  if (chosen.length === 0) {
    throw refusal('config_invalid', 'refusal.config.no-platform');
  }
  return chosen;
}
