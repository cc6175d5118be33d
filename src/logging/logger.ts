import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import type pinoPretty from 'pino-pretty';

export type { Logger };

/** Field names whose values never reach a log line, wherever they appear. */
const REDACTED = [
  'token',
  'botToken',
  'appToken',
  'accessToken',
  'refreshToken',
  'password',
  'secret',
  'clientSecret',
  'signingSecret',
  'stateSecret',
  'authorization',
  'cookie',
  'ENCRYPTION_KEY',
];

export interface LoggerOptions {
  /** Where lines go; standard output by default. */
  readonly destination?: pino.DestinationStream;
  /**
   * One readable line per entry instead of JSON. By default only when the
   * lines go to a terminal: a person reads them there, while a log collector
   * (a pipe, a file, journald, a container runtime) gets JSON lines.
   */
  readonly pretty?: boolean;
}

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const paths = REDACTED.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);
  const settings = { level, redact: { paths, censor: '[redacted]' }, base: { app: 'excellence-pulse' } };
  const pretty =
    options.pretty ??
    (options.destination === undefined && level !== 'silent' && process.stdout.isTTY === true);
  if (pretty) return pino(settings, prettyStream(options.destination));
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/**
 * pino-pretty, loaded only for a terminal, formatting on the main thread (a
 * transport would start a worker thread with its own heap for a few lines).
 */
function prettyStream(destination: pino.DestinationStream | undefined): pino.DestinationStream {
  // Required rather than imported so that creating a logger stays synchronous.
  const build = createRequire(import.meta.url)('pino-pretty') as typeof pinoPretty;
  return build({
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,app',
    ...(destination ? { destination, colorize: false } : { sync: true }),
  });
}
