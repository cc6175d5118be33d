import { z } from 'zod';
import { configProblem, expects, flag, missingFor } from '../../src/config/index.ts';
import { definePlatform } from '../../src/app/platform-module.ts';

/**
 * Teams' variables: the bot's single-tenant Entra app (client id, secret,
 * tenant), and two addresses that only tests change, to point the bot at
 * local stand-ins for Microsoft's key set and token endpoint. The Bot
 * Connector needs no variable: each tenant's activities name it.
 */
export const teamsSettings = z.object({
  TEAMS_CLIENT_ID: z.uuid().optional().register(expects, {
    en: "the Azure Bot's Microsoft App ID (its Entra app registration's client id, a GUID)",
    nl: 'de Microsoft App ID van de Azure Bot (de client id van zijn Entra-appregistratie, een GUID)',
  }),
  TEAMS_CLIENT_SECRET: z.string().min(16).optional().register(expects, {
    en: "a client secret of the bot's Entra app registration (Certificates & secrets)",
    nl: 'een client secret van de Entra-appregistratie van de bot (Certificates & secrets)',
  }),
  TEAMS_TENANT_ID: z.uuid().optional().register(expects, {
    en: "the Entra tenant id (a GUID) of the bot's single-tenant app registration",
    nl: 'de Entra-tenant-id (een GUID) van de single-tenant appregistratie van de bot',
  }),
  TEAMS_OPENID_METADATA_URL: z.url().optional().register(expects, {
    en: "the Bot Framework's OpenID metadata URL (set only for a local stand-in in tests)",
    nl: 'de URL van de OpenID-metadata van het Bot Framework (alleen instellen voor een lokale vervanger in tests)',
  }),
  TEAMS_TOKEN_URL: z.url().optional().register(expects, {
    en: "the token endpoint for the bot's client credentials (set only for a local stand-in in tests)",
    nl: 'het token-endpoint voor de client credentials van de bot (alleen instellen voor een lokale vervanger in tests)',
  }),
  TEAMS_INCLUDE_GUESTS: flag.default(false).register(expects, {
    en: 'true or false (ask Teams guest accounts too)',
    nl: 'true of false (ook gastaccounts van Teams vragen)',
  }),
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
      return missingFor({ en: 'Microsoft Teams', nl: 'Microsoft Teams' }, settings, [
        'TEAMS_CLIENT_SECRET',
        'TEAMS_TENANT_ID',
      ]);
    }
    return settings.TEAMS_CLIENT_SECRET || settings.TEAMS_TENANT_ID
      ? [
          configProblem('TEAMS_CLIENT_ID', 'nothing', {
            en: 'the bot’s Microsoft App ID next to TEAMS_CLIENT_SECRET',
            nl: 'de Microsoft App ID van de bot naast TEAMS_CLIENT_SECRET',
          }),
        ]
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
