import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * Every environment variable the bot reads, with the defaults of the embedded
 * mode (SQLite + the local adapter, no credentials). `describe` is the text a
 * person sees when a value is wrong, and the README's configuration table.
 */
const flag = z
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
  COMMENT_MIN_RESPONDENTS: z.coerce
    .number()
    .int()
    .min(3)
    .max(100)
    .default(10)
    .describe('an integer from 3 to 100, not below ANONYMITY_MIN_RESPONDENTS'),
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
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-[A-Za-z0-9-]+$/)
    .optional()
    .describe('a Slack bot token starting with xoxb- (from OAuth & Permissions)'),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-[A-Za-z0-9-]+$/)
    .optional()
    .describe('a Slack app-level token starting with xapp- with the connections:write scope (Socket Mode)'),
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[a-z0-9]{32}$/)
    .optional()
    .describe("the 32-character hex signing secret from the Slack app's Basic Information page"),
  SLACK_CLIENT_ID: z
    .string()
    .regex(/^\d+\.\d+$/)
    .optional()
    .describe("the Slack app's client id (digits.digits) for OAuth distribution"),
  SLACK_CLIENT_SECRET: z
    .string()
    .min(16)
    .optional()
    .describe("the Slack app's client secret for OAuth distribution"),
  SLACK_STATE_SECRET: z
    .string()
    .min(16)
    .optional()
    .describe('at least 16 random characters that sign the OAuth state (openssl rand -hex 16)'),
  SLACK_API_URL: z
    .url()
    .default('https://slack.com/api/')
    .describe('the Slack Web API base URL, ending in /api/ (change only for a local stand-in)'),
  SLACK_INCLUDE_GUESTS: flag.default(false).describe('true or false (ask Slack guest accounts too)'),
  SLACK_DM_VIA: z
    .enum(['conversations.open', 'user-id'])
    .default('conversations.open')
    .describe('conversations.open or user-id (how a DM channel is found)'),
  SLACK_POSTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(300)
    .describe('an integer from 1 to 10000 (chat.postMessage budget per workspace)'),
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/)
    .optional()
    .describe('earlier ENCRYPTION_KEY values, comma separated, still accepted while tokens are re-encrypted'),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigKey = keyof Config;

/** Values never echoed back in an error message or a log line. */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  'ENCRYPTION_KEY',
  'ENCRYPTION_KEY_PREVIOUS',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
]);

/** Variables that are URLs: shown with their password masked. */
export const URL_KEYS: ReadonlySet<string> = new Set(['DATABASE_URL', 'PUBLIC_URL']);
