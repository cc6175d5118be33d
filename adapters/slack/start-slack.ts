import type { Hono } from 'hono';
import type { PlatformHost, StartedPlatform } from '../../src/app/platform-module.ts';
import { previousEncryptionKeys } from '../../src/config/encryption-keys.ts';
import { PulseError } from '../../src/errors.ts';
import { createSlackAdapter, installationWorkspaceResolver } from './create-slack-adapter.ts';
import { EncryptedInstallationStore } from './installation-store.ts';
import { knownOrganizations } from './known-organizations.ts';
import { slackConnection, type SlackSettings } from './module.ts';
import { slackReach } from './render/feature-reach.ts';
import { teamReportChart } from './render/report-chart.ts';

/**
 * The bot on Slack: the adapter (Socket Mode, HTTP, or HTTP with OAuth
 * distribution) with its routes mounted on our server. With a single bot
 * token the workspace's organisation is registered from auth.test on
 * start; with OAuth each installation registers its own.
 */
export async function startSlack(
  settings: SlackSettings,
  routes: Hono,
  host: PlatformHost,
): Promise<StartedPlatform> {
  const { ctx, services, platformServices, config } = host;
  const { log } = ctx;
  const connection = slackConnection(settings);
  const store =
    connection === 'oauth' && config.ENCRYPTION_KEY
      ? new EncryptedInstallationStore(platformServices.installations, {
          current: config.ENCRYPTION_KEY,
          previous: previousEncryptionKeys(config),
        })
      : undefined;
  const keys = await store?.checkKeys();
  if (keys && keys.unreadable.length > 0) {
    const which = `${keys.unreadable.length} of ${keys.installed} stored Slack installations (${keys.unreadable.join(', ')})`;
    const fix =
      'Set ENCRYPTION_KEY to the key they were stored with, or list that key in ENCRYPTION_KEY_PREVIOUS while rotating.';
    if (keys.unreadable.length === keys.installed)
      throw new PulseError('config_invalid', `ENCRYPTION_KEY cannot open ${which}. ${fix}`);
    log.warn(
      { unreadable: keys.unreadable },
      `ENCRYPTION_KEY cannot open ${which}; those stay silent. ${fix}`,
    );
  }
  const adapter = createSlackAdapter(
    {
      ...(settings.SLACK_BOT_TOKEN ? { botToken: settings.SLACK_BOT_TOKEN } : {}),
      ...(settings.SLACK_APP_TOKEN ? { appToken: settings.SLACK_APP_TOKEN } : {}),
      ...(settings.SLACK_SIGNING_SECRET ? { signingSecret: settings.SLACK_SIGNING_SECRET } : {}),
      ...(connection === 'oauth' &&
      settings.SLACK_CLIENT_ID &&
      settings.SLACK_CLIENT_SECRET &&
      settings.SLACK_STATE_SECRET
        ? {
            oauth: {
              clientId: settings.SLACK_CLIENT_ID,
              clientSecret: settings.SLACK_CLIENT_SECRET,
              stateSecret: settings.SLACK_STATE_SECRET,
              redirectUri: `${ctx.settings.publicUrl}/slack/oauth_redirect`,
            },
          }
        : {}),
      slackApiUrl: settings.SLACK_API_URL,
      includeGuests: settings.SLACK_INCLUDE_GUESTS,
      dmVia: settings.SLACK_DM_VIA,
      limits: { 'chat.postMessage': { perMinute: settings.SLACK_POSTS_PER_MINUTE } },
    },
    {
      services,
      log,
      nowMilliseconds: () => host.clock.now().getTime(),
      defaultLocale: ctx.settings.defaultLocale,
      resolveOrganization: knownOrganizations((teamId) => platformServices.organizationOf(teamId)),
      teamForChannel: (organizationId, channelId) =>
        platformServices.teamForChannel(organizationId, channelId),
      seenEvent: async (eventId) => !(await platformServices.firstDelivery('event', eventId)),
      claimOAuthState: (nonce) => platformServices.firstDelivery('oauth-state', nonce),
      chartPng: teamReportChart,
      exportData: async (person) => ({ kind: 'file', ...(await platformServices.exportFor(person)) }),
      dashboardUrl: (person) => platformServices.dashboardUrl(person),
      adminPage: (person) => platformServices.adminPage(person),
      onUninstalled: async (event) => {
        if (event.teamId) await platformServices.removed(event.teamId, event.reason);
      },
      onInstalled: async (installation) => {
        const externalId = installation.isEnterpriseInstall
          ? installation.enterprise?.id
          : installation.team?.id;
        if (externalId) await platformServices.connected({ externalId, installedBy: installation.user.id });
      },
      ...(store
        ? {
            installationStore: store,
            resolveWorkspace: installationWorkspaceResolver(store, (organizationId) =>
              platformServices.externalIdOf(organizationId),
            ),
          }
        : {}),
    },
  );
  routes.route('/', adapter.routes);

  if (connection !== 'oauth' && settings.SLACK_BOT_TOKEN) {
    const identity = await adapter.api.call(
      { teamId: 'single-workspace', botToken: settings.SLACK_BOT_TOKEN },
      'auth.test',
      {},
    );
    const teamId = String(identity.team_id);
    await platformServices.connected({ externalId: teamId, name: String(identity.team ?? teamId) });
    log.info({ workspace: teamId }, 'connected to Slack');
  }
  await adapter.start();
  log.info({ transport: adapter.mode }, 'Slack adapter started');
  return { platform: adapter.platform, reach: slackReach, stop: () => adapter.stop() };
}
