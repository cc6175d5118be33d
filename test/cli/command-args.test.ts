import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/command-args.ts';
import { isPulseError } from '../../src/errors.ts';
import { refusalText } from '../../src/messages/index.ts';

const USAGE = 'Usage: excellence-pulse person erase --user USER_ID --yes';

/** What an admin reads, in `locale`, when `args` are refused. */
function refused(args: string[], locale: 'en' | 'nl'): string {
  try {
    parseCommandArgs(
      { args, options: { user: { type: 'string' }, yes: { type: 'boolean' } }, strict: true },
      USAGE,
    );
  } catch (error) {
    if (isPulseError(error, 'usage') && error.words) return refusalText(error.words, locale);
    throw error;
  }
  throw new Error('expected the arguments to be refused');
}

describe('a command’s options', () => {
  it('are read as typed', () => {
    const { values } = parseCommandArgs(
      { args: ['--user', 'U1', '--yes'], options: { user: { type: 'string' }, yes: { type: 'boolean' } } },
      USAGE,
    );
    expect(values).toEqual({ user: 'U1', yes: true });
  });

  it('refuse an option without its value, naming it, with the usage after it', () => {
    expect(refused(['--user'], 'nl')).toBe(`De optie --user heeft een waarde nodig.\n\n${USAGE}`);
    expect(refused(['--user'], 'en')).toBe(`The option --user needs a value.\n\n${USAGE}`);
  });

  it('refuse a value for a switch, an unknown option and a stray argument', () => {
    expect(refused(['--yes=please'], 'nl')).toContain('De optie --yes neemt geen waarde.');
    expect(refused(['--usr', 'U1'], 'en')).toContain('Unknown option --usr.');
    expect(refused(['U1'], 'nl')).toContain('Dit begrijp ik niet: “U1”.');
  });
});
