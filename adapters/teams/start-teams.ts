import type { Hono } from 'hono';
import { dashboardPaths } from '../../src/app/dashboard-links.ts';
import type { PlatformHost, StartedPlatform } from '../../src/app/platform-module.ts';
import { PulseError } from '../../src/errors.ts';
import { teamReportChart } from '../slack/render/report-chart.ts';
import { systemClock } from '../sending/clock.ts';
import { clientCredentialsTokens } from './auth/client-credentials.ts';
import { BotConnector } from './connector/bot-connector.ts';
import { ConnectorSender } from './connector/connector-sender.ts';
import { routeActivity } from './handlers/route-activity.ts';
import type { TeamsSettings } from './module.ts';
import { referenceData } from './platform/teams-address.ts';
import { TeamsChatPlatform } from './platform/teams-chat-platform.ts';
import { TenantDirectory } from './platform/tenant-directory.ts';
import { createTeamsReceiver } from './receiver/create-teams-receiver.ts';
import type { ChartPng } from './render/attachments.ts';
import { teamsReach } from './render/feature-reach.ts';
import { CHART_PNG_SCALE } from './render/render-card.ts';

/**
 * The bot on Microsoft Teams: the messaging endpoint (/api/messages) on our
 * server, and a ChatPlatform on the Bot Connector, both with the bot's own
 * client-credentials tokens. A tenant's organisation is registered when the
 * app is added to one of its teams; teams are set up by an admin from there.
 */
export async function startTeams(
  settings: TeamsSettings,
  routes: Hono,
  host: PlatformHost,
): Promise<StartedPlatform> {
  const { ctx, services, platformServices } = host;
  const clientId = settings.TEAMS_CLIENT_ID;
  const clientSecret = settings.TEAMS_CLIENT_SECRET;
  // The module's check refuses to start without them; this only tells the compiler.
  if (!clientId || !clientSecret) {
    throw new PulseError('config_invalid', 'Teams needs TEAMS_CLIENT_ID and TEAMS_CLIENT_SECRET.');
  }
  const credentials = {
    clientId,
    clientSecret,
    ...(settings.TEAMS_TENANT_ID ? { tenantId: settings.TEAMS_TENANT_ID } : {}),
    ...(settings.TEAMS_TOKEN_URL ? { tokenUrl: settings.TEAMS_TOKEN_URL } : {}),
  };
  // Pacing sleeps in real time whatever the bot's clock says: Microsoft's limits count real seconds.
  const sender = new ConnectorSender({ clock: systemClock });
  const connector = new BotConnector({
    tokens: clientCredentialsTokens({ ...credentials, clock: host.clock }),
    sender,
    clock: systemClock,
  });
  const tenants = new TenantDirectory(platformServices);
  const chartPng: ChartPng = (doc) => teamReportChart(doc, { scale: CHART_PNG_SCALE });
  const platform = new TeamsChatPlatform({
    connector,
    botId: `28:${clientId}`,
    tenantOf: (organizationId) => tenants.of(organizationId),
    rememberConversation: async (person, reference) => {
      await platformServices.rememberConversation(person, referenceData(reference));
    },
    chartPng,
    includeGuests: settings.TEAMS_INCLUDE_GUESTS,
  });
  const receiver = await createTeamsReceiver({
    ...credentials,
    ...(settings.TEAMS_OPENID_METADATA_URL ? { openIdMetadataUrl: settings.TEAMS_OPENID_METADATA_URL } : {}),
    clock: host.clock,
    log: ctx.log,
    onActivity: routeActivity(
      {
        services,
        platformServices,
        connector,
        chartPng,
        exportUrl: (person) =>
          ctx.links.dashboard(person, person.isHr ? dashboardPaths.orgCsv : dashboardPaths.myData),
        defaultLocale: ctx.settings.defaultLocale,
        log: ctx.log,
      },
      tenants,
    ),
  });
  routes.route('/', receiver);
  return {
    platform,
    reach: teamsReach,
    stop: async () => {
      sender.close();
    },
  };
}
