import type { EngineSettings } from '../app/context.ts';
import { fillDemoHistory } from '../app/demo/demo-history.ts';
import { resetDemo } from '../app/demo/reset-demo.ts';
import type { Logger } from '../logging/logger.ts';
import { refusal } from '../messages/refusals.ts';
import type { Db } from '../store/database.ts';

export const DEMO_USAGE = `Usage: excellence-pulse demo [--reset]

Fills the local demo organisation with twelve weeks of simulated history,
then starts the bot. A database that has rounds already is left as it is.
  --reset   start over: empty the local demo (its people, rounds, answers,
            reports and playground messages) before filling it again`;

export interface DemoOptions {
  readonly reset: boolean;
}

export function parseDemoArgs(args: readonly string[]): DemoOptions {
  const unknown = args.filter((arg) => arg !== '--reset');
  if (unknown.length > 0)
    throw refusal('usage', 'refusal.cli.argument-unknown', {
      argument: unknown.join(' '),
      usage: DEMO_USAGE,
    });
  return { reset: args.includes('--reset') };
}

/**
 * Readies the demo database and says what it did: filled, reset and
 * filled, or left as it was (with how to start over), so a second
 * `npm run demo` never silently adds nothing.
 */
export async function prepareDemo(
  db: Db,
  settings: EngineSettings,
  log: Logger,
  now: Date,
  options: DemoOptions & { readonly weeks?: number },
): Promise<string> {
  if (options.reset) await resetDemo(db);
  const filled = await fillDemoHistory(db, settings, log, now, options.weeks);
  if (filled.rounds === 0) {
    return (
      `The database has ${await db.round.count()} rounds already, so no demo history was added.\n` +
      'To start over from an empty demo: npm run demo -- --reset (or: excellence-pulse demo --reset).'
    );
  }
  const weeks = options.weeks ?? 12;
  return `${options.reset ? 'Started the demo over. ' : ''}Filled ${weeks} weeks of demo history: ${filled.rounds} rounds, ${filled.answers} answers.`;
}
