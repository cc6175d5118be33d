import { IANAZone } from 'luxon';
import { z } from 'zod';
import { expects } from './section.ts';

/**
 * The environment variables of the core, with the defaults of the embedded
 * mode (SQLite + the local playground, no credentials). What each one
 * `expects` is the text a person sees, in their language, when its value is
 * wrong. A platform's own variables live in its module, each with a schema
 * like this one.
 */
/** A yes/no variable: true, false, 1, 0, yes or no. */
export const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));
const timeZone = z.string().refine((zone) => IANAZone.isValidZone(zone));

export const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1').register(expects, {
    en: 'a host name or IP address to listen on',
    nl: 'een hostnaam of IP-adres om op te luisteren',
  }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3978).register(expects, {
    en: 'an integer from 1 to 65535',
    nl: 'een geheel getal van 1 tot en met 65535',
  }),
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/)
    .default('file:./data/excellence-pulse.db')
    .register(expects, {
      en: 'a file: URL for SQLite or a postgresql:// URL',
      nl: 'een file:-URL voor SQLite of een postgresql://-URL',
    }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .register(expects, {
      en: 'one of fatal, error, warn, info, debug, trace, silent',
      nl: 'een van fatal, error, warn, info, debug, trace, silent',
    }),
  PUBLIC_URL: z.url().optional().register(expects, {
    en: 'the URL people reach the bot at, e.g. https://pulse.example.com',
    nl: 'de URL waarop mensen de bot bereiken, bijvoorbeeld https://pulse.example.com',
  }),
  ANONYMITY_MIN_RESPONDENTS: z.coerce.number().int().min(3).max(50).default(5).register(expects, {
    en: 'an integer from 3 to 50 (the fewest respondents any figure is shown for)',
    nl: 'een geheel getal van 3 tot en met 50 (het kleinste aantal deelnemers waarvoor een cijfer wordt getoond)',
  }),
  COMMENT_MIN_COMMENTS: z.coerce.number().int().min(3).max(100).default(3).register(expects, {
    en: 'an integer from 3 to 100 (the fewest comments a leader sees together)',
    nl: 'een geheel getal van 3 tot en met 100 (het kleinste aantal opmerkingen dat een leidinggevende samen ziet)',
  }),
  SCORE_WINDOW_WEEKS: z.coerce.number().int().min(4).max(52).default(12).register(expects, {
    en: 'an integer from 4 to 52 (the weeks of rounds each score pools)',
    nl: 'een geheel getal van 4 tot en met 52 (het aantal weken aan rondes waarover elke score wordt berekend)',
  }),
  COMMENT_MIN_RESPONDENTS: z.never().optional().register(expects, {
    en: 'unset: it was replaced by COMMENT_MIN_COMMENTS (the fewest comments a leader sees together)',
    nl: 'geen waarde: COMMENT_MIN_COMMENTS vervangt deze variabele (het kleinste aantal opmerkingen dat een leidinggevende samen ziet)',
  }),
  STATEMENTS_PER_PULSE: z.coerce.number().int().min(1).max(10).default(4).register(expects, {
    en: 'an integer from 1 to 10',
    nl: 'een geheel getal van 1 tot en met 10',
  }),
  DEFAULT_LOCALE: z.enum(['en', 'nl']).default('en').register(expects, {
    en: 'en or nl',
    nl: 'en of nl',
  }),
  DEFAULT_TIME_ZONE: timeZone.default('Europe/Amsterdam').register(expects, {
    en: 'an IANA time zone such as Europe/Amsterdam',
    nl: 'een IANA-tijdzone zoals Europe/Amsterdam',
  }),
  CONTENT_FILE: z.string().min(1).optional().register(expects, {
    en: 'a path to a YAML or JSON file with custom content',
    nl: 'een pad naar een YAML- of JSON-bestand met eigen inhoud',
  }),
  SCHEDULER_CRON: z.string().min(9).default('*/30 * * * * *').register(expects, {
    en: 'a cron expression (with seconds) for the scheduler tick',
    nl: 'een cron-expressie (met seconden) voor de tik van de planner',
  }),
  DEMO_DATA: flag.default(true).register(expects, {
    en: 'true or false (seed a demo organisation in local mode)',
    nl: 'true of false (een demo-organisatie aanmaken in de lokale modus)',
  }),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/)
    .optional()
    .register(expects, {
      en: '32 random bytes in base64 (openssl rand -base64 32)',
      nl: '32 willekeurige bytes in base64 (openssl rand -base64 32)',
    }),
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/)
    .optional()
    .register(expects, {
      en: 'earlier ENCRYPTION_KEY values, comma separated, still accepted for stored tokens and comment return addresses during a key rotation',
      nl: "eerdere waarden van ENCRYPTION_KEY, gescheiden door komma's, die tijdens het vervangen van de sleutel nog gelden voor opgeslagen tokens en retouradressen van opmerkingen",
    }),
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24).register(expects, {
    en: 'an integer from 1 to 120 (months raw answers and comments are kept after their round closed)',
    nl: 'een geheel getal van 1 tot en met 120 (de maanden dat losse antwoorden en opmerkingen bewaard blijven nadat hun ronde is gesloten)',
  }),
  AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24).register(expects, {
    en: 'an integer from 1 to 120 (months audit entries are kept)',
    nl: 'een geheel getal van 1 tot en met 120 (de maanden dat regels in het auditlogboek bewaard blijven)',
  }),
  DEV_PLAYGROUND: flag.default(false).register(expects, {
    en: 'true or false (development only: also serve the local playground next to a chat platform; its "view as" shows anyone\'s reports)',
    nl: 'true of false (alleen voor ontwikkeling: ook de lokale proefomgeving naast een chatplatform aanbieden; met “Bekijk als” ziet iedereen ieders rapporten)',
  }),
});

/** The core's settings; each platform module reads its own variables (see src/compose/platforms.ts). */
export type CoreConfig = z.infer<typeof configSchema>;

/** Values never echoed back in an error message or a log line. */
export const SECRET_KEYS: readonly string[] = ['ENCRYPTION_KEY', 'ENCRYPTION_KEY_PREVIOUS'];

/** Variables that are URLs: shown with their password masked. */
export const URL_KEYS: readonly string[] = ['DATABASE_URL', 'PUBLIC_URL'];
