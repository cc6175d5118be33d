import { z } from 'zod';
import { flag, missingFor } from '../../src/config/index.ts';
import { definePlatform } from '../../src/app/platform-module.ts';

/**
 * Teams' variables: the bot's single-tenant Entra app (client id, secret,
 * tenant), and two addresses that only tests change, to point the bot at
 * local stand-ins for Microsoft's key set and token endpoint. The Bot
 * Connector needs no variable: each tenant's activities name it.
 */
export const teamsSettings = z.object({
  TEAMS_CLIENT_ID: z
    .uuid()
    .optional()
    .describe("the Azure Bot's Microsoft App ID (its Entra app registration's client id, a GUID)"),
  TEAMS_CLIENT_SECRET: z
    .string()
    .min(16)
    .optional()
    .describe("a client secret of the bot's Entra app registration (Certificates & secrets)"),
  TEAMS_TENANT_ID: z
    .uuid()
    .optional()
    .describe("the Entra tenant id (a GUID) of the bot's single-tenant app registration"),
  TEAMS_OPENID_METADATA_URL: z
    .url()
    .optional()
    .describe("the Bot Framework's OpenID metadata URL (set only for a local stand-in in tests)"),
  TEAMS_TOKEN_URL: z
    .url()
    .optional()
    .describe("the token endpoint for the bot's client credentials (set only for a local stand-in in tests)"),
  TEAMS_INCLUDE_GUESTS: flag.default(false).describe('true or false (ask Teams guest accounts too)'),
});

export type TeamsSettings = z.infer<typeof teamsSettings>;

/** The bot on Microsoft Teams: the Teams SDK's messaging endpoint on our server, the Bot Connector for sending. */
export const teamsPlatform = definePlatform({
  id: 'teams',
  schema: teamsSettings,
  secrets: ['TEAMS_CLIENT_SECRET'],
  urls: ['TEAMS_OPENID_METADATA_URL', 'TEAMS_TOKEN_URL'],
  check: (settings) => {
    if (settings.TEAMS_CLIENT_ID) {
      return missingFor('Microsoft Teams', settings, ['TEAMS_CLIENT_SECRET', 'TEAMS_TENANT_ID']);
    }
    return settings.TEAMS_CLIENT_SECRET || settings.TEAMS_TENANT_ID
      ? ['TEAMS_CLIENT_ID: got nothing, expected the bot’s Microsoft App ID next to TEAMS_CLIENT_SECRET']
      : [];
  },
  wanted: (settings) => settings.TEAMS_CLIENT_ID !== undefined,
  describe: () => 'Microsoft Teams (single-tenant)',
  async start(settings, routes, host) {
    // The Teams SDK loads only when Teams runs.
    const { startTeams } = await import('./start-teams.ts');
    return startTeams(settings, routes, host);
  },
});
