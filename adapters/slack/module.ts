import { z } from 'zod';
import { flag, missingFor } from '../../src/config/index.ts';
import { definePlatform } from '../../src/app/platform-module.ts';

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
          ...missingFor('Slack OAuth distribution', settings, [
            'SLACK_CLIENT_SECRET',
            'SLACK_STATE_SECRET',
            'SLACK_SIGNING_SECRET',
          ]),
          ...missingFor('Slack OAuth distribution', core, ['ENCRYPTION_KEY', 'PUBLIC_URL']),
        ];
      case 'socket':
        return missingFor('Slack Socket Mode', settings, ['SLACK_BOT_TOKEN']);
      case 'http':
        return missingFor('Slack over HTTP', settings, ['SLACK_SIGNING_SECRET']);
      case undefined:
        return settings.SLACK_SIGNING_SECRET
          ? ['SLACK_BOT_TOKEN: got nothing, expected a bot token (xoxb-…) next to SLACK_SIGNING_SECRET']
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
