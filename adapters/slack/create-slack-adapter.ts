import type { App, Installation, InstallationStore, Receiver } from '@slack/bolt';
import { Hono } from 'hono';
import { PulseError } from '../../src/errors.ts';
import type { MessageDocument } from '../../src/messages/types.ts';
import {
  createSlackBoltApp,
  createSocketModeReceiver,
  installationStoreAuthorize,
  singleWorkspaceAuthorize,
} from './create-slack-app.ts';
import type { SlackHandlerDeps } from './handlers/deps.ts';
import { SlackHttpReceiver } from './http/http-receiver.ts';
import { InstallationNotFoundError } from './installation-store.ts';
import { BOT_SCOPES } from './manifest-scopes.ts';
import { slackOAuthRoutes } from './oauth-routes.ts';
import { ownAppId } from './own-app-id.ts';
import type { DmChannelCache } from './platform/dm-channels.ts';
import { SlackChatPlatform } from './platform/slack-chat-platform.ts';
import type { Clock } from '../sending/clock.ts';
import type { MethodLimit } from './web-api/method-limits.ts';
import { SlackWebApi, type SlackAuth } from './web-api/slack-web-api.ts';

/** The Slack settings from the bot's config (see README for the variables). */
export interface SlackAdapterConfig {
  /** SLACK_BOT_TOKEN (`xoxb-…`): one workspace, in Socket Mode or HTTP mode without OAuth. */
  readonly botToken?: string;
  /** SLACK_APP_TOKEN (`xapp-…`): Socket Mode. */
  readonly appToken?: string;
  /** SLACK_SIGNING_SECRET: HTTP mode (required there). */
  readonly signingSecret?: string;
  /** SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and the redirect URL (PUBLIC_URL + /slack/oauth_redirect). */
  readonly oauth?: {
    readonly clientId: string;
    readonly clientSecret: string;
    readonly stateSecret: string;
    readonly redirectUri: string;
  };
  /** SLACK_API_URL: the Web API base URL (default https://slack.com/api/), e.g. a local stand-in. */
  readonly slackApiUrl?: string;
  /** Overrides of Slack's rate limit tiers per method. */
  readonly limits?: Readonly<Record<string, Partial<MethodLimit>>>;
  /** SLACK_INCLUDE_GUESTS: take guests into teams (default false). */
  readonly includeGuests?: boolean;
  readonly dmVia?: 'conversations.open' | 'user-id';
}

/** What the rest of the bot provides to the Slack adapter. */
export interface SlackAdapterDeps extends Omit<SlackHandlerDeps, 'api' | 'platform' | 'ownAppId'> {
  /**
   * The bot token for an organisation. Optional with a single bot token (every
   * Slack organisation then uses it); with OAuth, see installationWorkspaceResolver.
   */
  readonly resolveWorkspace?: (organizationId: string) => Promise<SlackAuth | undefined>;
  /** Required with OAuth: EncryptedInstallationStore over the database. */
  readonly installationStore?: InstallationStore;
  readonly onInstalled?: (installation: Installation<'v2', boolean>) => Promise<void>;
  /** Required with OAuth: records a used OAuth state, true the first time (see slackOAuthRoutes). */
  readonly claimOAuthState?: (nonce: string) => Promise<boolean>;
  readonly chartPng?: (doc: MessageDocument) => Promise<Uint8Array | undefined>;
  readonly dmChannels?: DmChannelCache;
  readonly clock?: Clock;
  /** The bot's "now" in milliseconds: request timestamps and OAuth state are checked against it. */
  readonly nowMilliseconds?: () => number;
  readonly fetch?: typeof fetch;
}

export interface SlackAdapter {
  readonly mode: 'socket' | 'http';
  readonly api: SlackWebApi;
  readonly platform: SlackChatPlatform;
  readonly app: App;
  /** The SlackHttpReceiver (HTTP mode) or Bolt's SocketModeReceiver. */
  readonly receiver: Receiver;
  /** Mount on the bot's HTTP server: POST /slack/events, and with OAuth GET /slack/install and /slack/oauth_redirect. */
  readonly routes: Hono;
  /** Socket Mode connects here; in HTTP mode requests arrive through `routes`. */
  start(): Promise<void>;
  /** Waits for running listeners, disconnects, and gives queued sends back as retryable. */
  stop(): Promise<void>;
}

/**
 * The whole Slack adapter from config: the Web API with its rate-limited
 * sender, the ChatPlatform for the use cases, and a Bolt app on either Socket
 * Mode (SLACK_APP_TOKEN) or our HTTP server (SLACK_SIGNING_SECRET, with OAuth
 * distribution when SLACK_CLIENT_ID is set).
 */
export function createSlackAdapter(config: SlackAdapterConfig, deps: SlackAdapterDeps): SlackAdapter {
  const api = new SlackWebApi({
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...(config.limits ? { limits: config.limits } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const resolveWorkspace = deps.resolveWorkspace ?? singleWorkspaceResolver(api, config.botToken);
  const platform = new SlackChatPlatform({
    api,
    resolveWorkspace,
    log: deps.log,
    ...(deps.chartPng ? { chartPng: deps.chartPng } : {}),
    ...(deps.dmChannels ? { dmChannels: deps.dmChannels } : {}),
    ...(config.includeGuests === undefined ? {} : { includeGuests: config.includeGuests }),
    ...(config.dmVia ? { dmVia: config.dmVia } : {}),
  });

  const authorize = config.oauth
    ? installationStoreAuthorize(requireStore(deps.installationStore))
    : singleWorkspaceAuthorize(requireValue(config.botToken, 'SLACK_BOT_TOKEN'));
  const mode = config.appToken ? 'socket' : 'http';
  const routes = new Hono();
  const httpReceiver =
    mode === 'http'
      ? new SlackHttpReceiver({
          signingSecret: requireValue(config.signingSecret, 'SLACK_SIGNING_SECRET'),
          log: deps.log,
          ...(deps.nowMilliseconds ? { nowMilliseconds: deps.nowMilliseconds } : {}),
        })
      : undefined;
  const receiver =
    httpReceiver ??
    createSocketModeReceiver({
      appToken: requireValue(config.appToken, 'SLACK_APP_TOKEN'),
      log: deps.log,
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    });
  if (httpReceiver) routes.route('/', httpReceiver.routes());
  if (config.oauth) {
    routes.route(
      '/',
      slackOAuthRoutes({
        ...config.oauth,
        scopes: BOT_SCOPES,
        installationStore: requireStore(deps.installationStore),
        claimState: requireValue(deps.claimOAuthState, 'a record of used OAuth states (claimOAuthState)'),
        api,
        log: deps.log,
        ...(deps.onInstalled ? { onInstalled: deps.onInstalled } : {}),
        ...(deps.nowMilliseconds ? { nowMilliseconds: deps.nowMilliseconds } : {}),
      }),
    );
  }

  const store = deps.installationStore;
  const app = createSlackBoltApp({
    ...deps,
    ownAppId: config.oauth
      ? installedAppId(requireStore(store))
      : ownAppId(api, requireValue(config.botToken, 'SLACK_BOT_TOKEN')),
    // With OAuth the workspace's installation is deleted first, so nothing more is sent there.
    onUninstalled: async (event) => {
      if (config.oauth && store?.deleteInstallation && event.teamId) {
        await store.deleteInstallation({
          teamId: event.teamId,
          enterpriseId: event.enterpriseId,
          isEnterpriseInstall: false,
        });
      }
      await deps.onUninstalled(event);
    },
    api,
    platform,
    receiver,
    ...(httpReceiver ? { afterAcknowledgements: () => httpReceiver.acknowledgements.turn() } : {}),
    authorize,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
  });

  return {
    mode,
    api,
    platform,
    app,
    receiver,
    routes,
    start: async () => {
      await app.start();
    },
    stop: async () => {
      await app.stop();
      api.close();
    },
  };
}

/** With OAuth: our app id as the workspace's installation records it (oauth.v2.access's `app_id`). */
function installedAppId(
  store: InstallationStore,
): (teamId: string | undefined) => Promise<string | undefined> {
  return async (teamId) => {
    if (!teamId) return undefined;
    try {
      const installation = await store.fetchInstallation({
        teamId,
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      });
      return installation.appId;
    } catch (error) {
      if (error instanceof InstallationNotFoundError) return undefined;
      throw error;
    }
  };
}

/** Every organisation on the one workspace of SLACK_BOT_TOKEN; its team id comes from auth.test, once. */
export function singleWorkspaceResolver(
  api: SlackWebApi,
  botToken: string | undefined,
): (organizationId: string) => Promise<SlackAuth | undefined> {
  let auth: Promise<SlackAuth> | undefined;
  return async () => {
    if (!botToken) return undefined;
    auth ??= api.call({ teamId: 'single-workspace', botToken }, 'auth.test', {}).then(
      (identity) => ({ teamId: String(identity.team_id), botToken }),
      (error: unknown) => {
        auth = undefined;
        throw error;
      },
    );
    return auth;
  };
}

/** With OAuth: an organisation's workspace (its team id) → the bot token in the installation store. */
export function installationWorkspaceResolver(
  store: InstallationStore,
  teamIdOf: (organizationId: string) => Promise<string | undefined>,
): (organizationId: string) => Promise<SlackAuth | undefined> {
  return async (organizationId) => {
    const teamId = await teamIdOf(organizationId);
    if (!teamId) return undefined;
    try {
      const installation = await store.fetchInstallation({
        teamId,
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      });
      return installation.bot ? { teamId, botToken: installation.bot.token } : undefined;
    } catch (error) {
      // Uninstalled or never installed: nothing can be sent there. Anything else (the database) is retried later.
      if (error instanceof InstallationNotFoundError) return undefined;
      throw error;
    }
  };
}

function requireValue<T>(value: T | undefined, name: string): T {
  if (!value) {
    throw new PulseError(
      'config_invalid',
      `${name} is required for this Slack connection mode (see adapters/slack/README.md).`,
    );
  }
  return value;
}

function requireStore(store: InstallationStore | undefined): InstallationStore {
  if (!store) {
    throw new PulseError(
      'config_invalid',
      'Slack OAuth needs an installation store (and ENCRYPTION_KEY to encrypt it).',
    );
  }
  return store;
}
