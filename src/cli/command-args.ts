import { parseArgs, type ParseArgsConfig } from 'node:util';
import { refusal } from '../messages/refusals.ts';

/**
 * A command's options, as `parseArgs` reads them; a mistake is refused in
 * the admin's language, with the command's usage after it.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw argumentRefusal(error, usage);
  }
}

/** The refusal for a mistake in the arguments; anything else is thrown on as it is. */
function argumentRefusal(error: unknown, usage: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (!(error instanceof Error) || typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_'))
    return error;
  // Node names the option or argument only inside its English message, in single quotes.
  const named = /'([^' ]+)/.exec(error.message)?.[1] ?? error.message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return refusal('usage', 'refusal.cli.option-unknown', { option: named, usage });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const key = error.message.includes('argument missing')
      ? 'refusal.cli.option-value-missing'
      : 'refusal.cli.option-takes-no-value';
    return refusal('usage', key, { option: named, usage });
  }
  return refusal('usage', 'refusal.cli.argument-unknown', { argument: named, usage });
}
