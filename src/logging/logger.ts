import { pino, type Logger } from 'pino';

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

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const paths = REDACTED.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);
  const options = { level, redact: { paths, censor: '[redacted]' }, base: { app: 'excellence-pulse' } };
  return destination ? pino(options, destination) : pino(options);
}
