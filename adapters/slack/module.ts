import { z } from 'zod';
import { configProblem, expects, flag, missingFor } from '../../src/config/index.ts';
import { definePlatform } from '../../src/app/platform-module.ts';
import type { LocalizedText } from '../../src/model/localized-text.ts';

/**
 * Slack's variables. Which connection runs follows from those that are set:
 * Socket Mode (bot + app token), HTTP with one workspace (bot token +
 * signing secret), or HTTP with OAuth distribution (client id, secret, state
 * secret, signing secret, and the core's ENCRYPTION_KEY and PUBLIC_URL).
 */
export const slackSettings = z.object({
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-[A-Za-z0-9-]+$/)
    .optional()
    .register(expects, {
      en: 'a Slack bot token starting with xoxb- (from OAuth & Permissions)',
      nl: 'een bottoken van Slack dat begint met xoxb- (van OAuth & Permissions)',
    }),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-[A-Za-z0-9-]+$/)
    .optional()
    .register(expects, {
      en: 'a Slack app-level token starting with xapp- with the connections:write scope (Socket Mode)',
      nl: 'een app-token van Slack dat begint met xapp-, met de scope connections:write (Socket Mode)',
    }),
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[a-z0-9]{32}$/)
    .optional()
    .register(expects, {
      en: "the 32-character hex signing secret from the Slack app's Basic Information page",
      nl: 'het signing secret van 32 hexadecimale tekens van de pagina Basic Information van de Slack-app',
    }),
  SLACK_CLIENT_ID: z
    .string()
    .regex(/^\d+\.\d+$/)
    .optional()
    .register(expects, {
      en: "the Slack app's client id (digits.digits) for OAuth distribution",
      nl: 'de client id van de Slack-app (cijfers.cijfers) voor OAuth-distributie',
    }),
  SLACK_CLIENT_SECRET: z.string().min(16).optional().register(expects, {
    en: "the Slack app's client secret for OAuth distribution",
    nl: 'het client secret van de Slack-app voor OAuth-distributie',
  }),
  SLACK_STATE_SECRET: z.string().min(16).optional().register(expects, {
    en: 'at least 16 random characters that sign the OAuth state (openssl rand -hex 16)',
    nl: 'minstens 16 willekeurige tekens die de OAuth-state ondertekenen (openssl rand -hex 16)',
  }),
  SLACK_API_URL: z.url().default('https://slack.com/api/').register(expects, {
    en: 'the Slack Web API base URL, ending in /api/ (change only for a local stand-in)',
    nl: 'de basis-URL van de Slack Web API, eindigend op /api/ (alleen wijzigen voor een lokale vervanger)',
  }),
  SLACK_INCLUDE_GUESTS: flag.default(false).register(expects, {
    en: 'true or false (ask Slack guest accounts too)',
    nl: 'true of false (ook gastaccounts van Slack vragen)',
  }),
  SLACK_DM_VIA: z.enum(['conversations.open', 'user-id']).default('conversations.open').register(expects, {
    en: 'conversations.open or user-id (how a DM channel is found)',
    nl: 'conversations.open of user-id (hoe een privégesprek wordt gevonden)',
  }),
  SLACK_POSTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(300).register(expects, {
    en: 'an integer from 1 to 10000 (chat.postMessage budget per workspace)',
    nl: 'een geheel getal van 1 tot en met 10000 (het aantal chat.postMessage-berichten per minuut per workspace)',
  }),
});

export type SlackSettings = z.infer<typeof slackSettings>;

/** How the bot connects to Slack. */
export type SlackConnection = 'oauth' | 'socket' | 'http';

export function slackConnection(settings: SlackSettings): SlackConnection | undefined {
  if (settings.SLACK_CLIENT_ID) return 'oauth';
  if (settings.SLACK_APP_TOKEN) return 'socket';
  if (settings.SLACK_BOT_TOKEN) return 'http';
  return undefined;
}

const DESCRIPTIONS: Record<SlackConnection, string> = {
  oauth: 'HTTP with OAuth distribution',
  socket: 'Socket Mode',
  http: 'HTTP, one workspace',
};

/** What a missing variable is needed for, in each connection. */
const NEEDED_FOR: Record<SlackConnection, LocalizedText> = {
  oauth: { en: 'Slack OAuth distribution', nl: 'OAuth-distributie van Slack' },
  socket: { en: 'Slack Socket Mode', nl: 'Slack in Socket Mode' },
  http: { en: 'Slack over HTTP', nl: 'Slack via HTTP' },
};

/** The bot on Slack: Bolt over Socket Mode or our HTTP server, with OAuth distribution when asked. */
export const slackPlatform = definePlatform({
  id: 'slack',
  schema: slackSettings,
  secrets: [
    'SLACK_BOT_TOKEN',
    'SLACK_APP_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_CLIENT_SECRET',
    'SLACK_STATE_SECRET',
  ],
  check: (settings, core) => {
    switch (slackConnection(settings)) {
      case 'oauth':
        return [
          ...missingFor(NEEDED_FOR.oauth, settings, [
            'SLACK_CLIENT_SECRET',
            'SLACK_STATE_SECRET',
            'SLACK_SIGNING_SECRET',
          ]),
          ...missingFor(NEEDED_FOR.oauth, core, ['ENCRYPTION_KEY', 'PUBLIC_URL']),
        ];
      case 'socket':
        return missingFor(NEEDED_FOR.socket, settings, ['SLACK_BOT_TOKEN']);
      case 'http':
        return missingFor(NEEDED_FOR.http, settings, ['SLACK_SIGNING_SECRET']);
      case undefined:
        return settings.SLACK_SIGNING_SECRET
          ? [
              configProblem('SLACK_BOT_TOKEN', 'nothing', {
                en: 'a bot token (xoxb-…) next to SLACK_SIGNING_SECRET',
                nl: 'een bottoken (xoxb-…) naast SLACK_SIGNING_SECRET',
              }),
            ]
          : [];
    }
  },
  wanted: (settings) => slackConnection(settings) !== undefined,
  describe: (settings) => `Slack (${DESCRIPTIONS[slackConnection(settings) ?? 'http']})`,
  async start(settings, routes, host) {
    // Bolt and the Web API load only when Slack runs.
    const { startSlack } = await import('./start-slack.ts');
    return startSlack(settings, routes, host);
  },
});
