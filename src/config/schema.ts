import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * The environment variables of the core, with the defaults of the embedded
 * mode (SQLite + the local playground, no credentials). `describe` is the
 * text a person sees when a value is wrong. A platform's own variables live
 * in its module, each with a schema like this one.
 */
/** A yes/no variable: true, false, 1, 0, yes or no. */
export const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));
const timeZone = z.string().refine((zone) => IANAZone.isValidZone(zone));

export const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1').describe('a host name or IP address to listen on'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3978).describe('an integer from 1 to 65535'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/)
    .default('file:./data/excellence-pulse.db')
    .describe('a file: URL for SQLite or a postgresql:// URL'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('one of fatal, error, warn, info, debug, trace, silent'),
  PUBLIC_URL: z.url().optional().describe('the URL people reach the bot at, e.g. https://pulse.example.com'),
  ANONYMITY_MIN_RESPONDENTS: z.coerce
    .number()
    .int()
    .min(3)
    .max(50)
    .default(5)
    .describe('an integer from 3 to 50 (the fewest respondents any figure is shown for)'),
  COMMENT_MIN_COMMENTS: z.coerce
    .number()
    .int()
    .min(3)
    .max(100)
    .default(3)
    .describe('an integer from 3 to 100 (the fewest comments a leader sees together)'),
  SCORE_WINDOW_WEEKS: z.coerce
    .number()
    .int()
    .min(4)
    .max(52)
    .default(12)
    .describe('an integer from 4 to 52 (the weeks of rounds each score pools)'),
  COMMENT_MIN_RESPONDENTS: z
    .never()
    .optional()
    .describe('unset: it was replaced by COMMENT_MIN_COMMENTS (the fewest comments a leader sees together)'),
  STATEMENTS_PER_PULSE: z.coerce.number().int().min(1).max(10).default(4).describe('an integer from 1 to 10'),
  DEFAULT_LOCALE: z.enum(['en', 'nl']).default('en').describe('en or nl'),
  DEFAULT_TIME_ZONE: timeZone
    .default('Europe/Amsterdam')
    .describe('an IANA time zone such as Europe/Amsterdam'),
  CONTENT_FILE: z.string().min(1).optional().describe('a path to a YAML or JSON file with custom content'),
  SCHEDULER_CRON: z
    .string()
    .min(9)
    .default('*/30 * * * * *')
    .describe('a cron expression (with seconds) for the scheduler tick'),
  DEMO_DATA: flag.default(true).describe('true or false (seed a demo organisation in local mode)'),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/)
    .optional()
    .describe('32 random bytes in base64 (openssl rand -base64 32)'),
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/)
    .optional()
    .describe(
      'earlier ENCRYPTION_KEY values, comma separated, still accepted for stored tokens and comment return addresses during a key rotation',
    ),
  RETENTION_MONTHS: z.coerce
    .number()
    .int()
    .min(1)
    .max(120)
    .default(24)
    .describe('an integer from 1 to 120 (months raw answers and comments are kept after their round closed)'),
  AUDIT_RETENTION_MONTHS: z.coerce
    .number()
    .int()
    .min(1)
    .max(120)
    .default(24)
    .describe('an integer from 1 to 120 (months audit entries are kept)'),
  DEV_PLAYGROUND: flag
    .default(false)
    .describe(
      'true or false (development only: also serve the local playground next to a chat platform; its "view as" shows anyone\'s reports)',
    ),
});

/** The core's settings; each platform module reads its own variables (see src/compose/platforms.ts). */
export type CoreConfig = z.infer<typeof configSchema>;

/** Values never echoed back in an error message or a log line. */
export const SECRET_KEYS: readonly string[] = ['ENCRYPTION_KEY', 'ENCRYPTION_KEY_PREVIOUS'];

/** Variables that are URLs: shown with their password masked. */
export const URL_KEYS: readonly string[] = ['DATABASE_URL', 'PUBLIC_URL'];
