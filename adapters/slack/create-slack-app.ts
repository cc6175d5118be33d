import { App, SocketModeReceiver, type Authorize, type InstallationStore, type Receiver } from '@slack/bolt';
import type { Logger } from '../../src/logging/logger.ts';
import { boltLogger } from './bolt-logger.ts';
import type { SlackHandlerDeps } from './handlers/deps.ts';
import { registerHandlers } from './handlers/register-handlers.ts';
import { refuseIncompletePayloads } from './socket-mode-shape.ts';
import { DEFAULT_SLACK_API_URL } from './web-api/slack-web-api.ts';

export interface SlackBoltAppOptions extends SlackHandlerDeps {
  /** A SlackHttpReceiver (HTTP mode) or the receiver from createSocketModeReceiver. */
  readonly receiver: Receiver;
  /** singleWorkspaceAuthorize(token) or installationStoreAuthorize(store). */
  readonly authorize: Authorize<boolean>;
  readonly slackApiUrl?: string;
}

/**
 * A Bolt v5 App on our receiver with every listener registered. Outbound
 * calls go through the adapter's SlackWebApi; Bolt's own WebClient (used
 * only by Bolt internals such as `respond`) is pointed at the same API URL
 * with its retries off.
 */
export function createSlackBoltApp(options: SlackBoltAppOptions): App {
  const app = new App({
    receiver: options.receiver,
    authorize: options.authorize,
    logger: boltLogger(options.log),
    convoStore: false,
    clientOptions: {
      slackApiUrl: options.slackApiUrl ?? DEFAULT_SLACK_API_URL,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    },
  });
  registerHandlers(app, options);
  return app;
}

/** One workspace, one bot token (SLACK_BOT_TOKEN): Socket Mode, or HTTP without OAuth. */
export function singleWorkspaceAuthorize(
  botToken: string,
  identity: { botUserId?: string; botId?: string } = {},
): Authorize<boolean> {
  return async ({ teamId, enterpriseId }) => ({
    botToken,
    ...identity,
    ...(teamId ? { teamId } : {}),
    ...(enterpriseId ? { enterpriseId } : {}),
  });
}

/** Many workspaces (OAuth): each event's bot token from the encrypted installation store. */
export function installationStoreAuthorize(store: InstallationStore): Authorize<boolean> {
  return async (source) => {
    const installation = await store.fetchInstallation({
      teamId: source.teamId,
      enterpriseId: source.enterpriseId,
      isEnterpriseInstall: source.isEnterpriseInstall,
    });
    if (!installation.bot) throw new Error('The installation has no bot token; reinstall the app.');
    return {
      botToken: installation.bot.token,
      botId: installation.bot.id,
      botUserId: installation.bot.userId,
      ...(source.teamId ? { teamId: source.teamId } : {}),
      ...(source.enterpriseId ? { enterpriseId: source.enterpriseId } : {}),
    };
  };
}

/**
 * Socket Mode (SLACK_APP_TOKEN, `xapp-…`): Slack pushes events over a
 * WebSocket the bot opens, so no public URL is needed. apps.connections.open
 * goes to `slackApiUrl` too. Payloads missing a field a listener relies on
 * are acknowledged and dropped, as the HTTP receiver answers them 400.
 */
export function createSocketModeReceiver(options: {
  readonly appToken: string;
  readonly log: Logger;
  readonly slackApiUrl?: string;
}): SocketModeReceiver {
  const receiver = new SocketModeReceiver({
    appToken: options.appToken,
    logger: boltLogger(options.log),
    installerOptions: { clientOptions: { slackApiUrl: options.slackApiUrl ?? DEFAULT_SLACK_API_URL } },
  });
  return refuseIncompletePayloads(receiver, options.log);
}
