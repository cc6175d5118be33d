import type { ILogger, LogLevel } from '@microsoft/teams.common';
import type { Logger } from '../../../src/logging/logger.ts';

/**
 * The Teams SDK's logger interface over the bot's pino logger, so the SDK
 * never writes to the console itself. An Error among the arguments goes into
 * `err`, other values into `detail` (pino serialises both, redacting secret
 * fields), and strings make the message. pino's level decides what is written.
 */
export function sdkLogger(log: Logger, name = 'teams-sdk'): ILogger {
  const target = log.child({ component: name });
  const write =
    (level: LogLevel) =>
    (...parts: unknown[]): void => {
      const err = parts.find((part): part is Error => part instanceof Error);
      const detail = parts.filter((part) => typeof part !== 'string' && !(part instanceof Error));
      const text = parts.filter((part): part is string => typeof part === 'string').join(' ');
      target[level]({ ...(err ? { err } : {}), ...(detail.length > 0 ? { detail } : {}) }, text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    trace: write('trace'),
    log: (level, ...parts) => write(level)(...parts),
    child: (child) => sdkLogger(log, `${name}/${child}`),
  };
}
