/**
 * `--language nl` (or `--language=nl`) anywhere on the command line: taken
 * out before the command reads its own options, so every command has it.
 */
export function takeLanguageOption(argv: readonly string[]): { args: string[]; language?: string } {
  const args: string[] = [];
  let language: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--language') language = argv[++index] ?? '';
    else if (arg.startsWith('--language=')) language = arg.slice('--language='.length);
    else args.push(arg);
  }
  return language === undefined ? { args } : { args, language };
}
