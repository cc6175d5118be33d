import { isPulseError } from '../errors.ts';
import { exportContentCsv, exportContentJson, loadContentBank } from '../model/index.ts';

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface ContentCommandOptions {
  /** The organisation's custom content file, from the config. */
  readonly contentFile?: string;
}

const USAGE = `Usage: excellence-pulse content export [--json | --format json|csv] [--bom]

Prints the whole content bank (built-in content plus the custom content file,
if one is configured) to standard output.

  --json          JSON (the default)
  --format csv    CSV with one row per text and a column per language,
                  for review in a spreadsheet
  --bom           start the CSV with a byte-order mark, so that Excel
                  reads the accents in Dutch texts correctly
`;

type Format = 'json' | 'csv';

interface ExportRequest {
  readonly format: Format;
  readonly bom: boolean;
}

/** The export request, or undefined when the arguments are not understood. */
function parseExportArgs(args: readonly string[]): ExportRequest | undefined {
  const formats: string[] = [];
  let bom = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') formats.push('json');
    else if (arg === '--bom') bom = true;
    else if (arg === '--format') formats.push(args[++index] ?? '');
    else if (arg.startsWith('--format=')) formats.push(arg.slice('--format='.length));
    else return undefined;
  }
  const format = formats[0] ?? 'json';
  if (format !== 'json' && format !== 'csv') return undefined;
  if (formats.some((other) => other !== format) || (bom && format !== 'csv')) return undefined;
  return { format, bom };
}

/**
 * `excellence-pulse content …`: exports the content bank as JSON or CSV.
 * Returns the exit code: 0 on success, 1 when the content is invalid, 2 on bad usage.
 *
 * @example await runContentCommand(['export', '--format', 'csv'], io, { contentFile: 'content.yaml' })
 */
export async function runContentCommand(
  args: string[],
  io: CommandIo,
  options: ContentCommandOptions,
): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  const request = command === 'export' ? parseExportArgs(rest) : undefined;
  if (request === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  try {
    const bank = loadContentBank(
      options.contentFile === undefined ? {} : { customFile: options.contentFile },
    );
    const output = request.format === 'csv' ? exportContentCsv(bank) : exportContentJson(bank);
    io.stdout(request.bom ? `\uFEFF${output}` : output);
    return 0;
  } catch (error) {
    if (!isPulseError(error, 'content_invalid')) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
}
