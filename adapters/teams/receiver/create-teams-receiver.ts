import { PUBLIC, withOverrides, type Activity } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import type { Hono } from 'hono';
import type { Clock } from '../../../src/app/clock.ts';
import type { Logger } from '../../../src/logging/logger.ts';
import { clientCredentialsTokens } from '../auth/client-credentials.ts';
import type { TeamsActivityHandler, TeamsTurnContext } from './activity-handler.ts';
import { HonoServerAdapter } from './hono-server-adapter.ts';
import { sdkLogger } from './sdk-logger.ts';

export interface TeamsReceiverOptions {
  /** The bot's Entra app (client) id: the audience every inbound token must carry. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** For a single-tenant app; tokens are then requested from this tenant. */
  readonly tenantId?: string;
  /** Where the Bot Framework's OpenID metadata is read (tests point it at a loopback stand-in). */
  readonly openIdMetadataUrl?: string;
  /** The token endpoint for the bot's client credentials (tests point it at a loopback stand-in). */
  readonly tokenUrl?: string;
  readonly clock: Clock;
  readonly log: Logger;
  readonly onActivity: TeamsActivityHandler;
  /** The messaging endpoint (default /api/messages). */
  readonly path?: `/${string}`;
  /** Larger bodies are refused with 413 before they are read (default 1 MiB). */
  readonly maxBodyBytes?: number;
}

/** Where the SDK would send proactive messages without a serviceUrl; only passed so it does not read SERVICE_URL. */
const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams';

/**
 * The messaging endpoint on Microsoft's Teams SDK, as a Hono router to mount
 * on the bot's HTTP server. The SDK checks each request's Bot Framework token
 * (signature against the published keys, issuer, audience = the client id,
 * expiry, and its `serviceurl` claim against the activity's serviceUrl):
 * anything else is answered 401 and never reaches `onActivity`. A handler
 * that throws is logged and answered 500 without details.
 *
 * Settings the SDK would otherwise take from the environment (CLOUD,
 * SERVICE_URL, DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS) are passed
 * explicitly, so only our configuration decides them.
 */
export async function createTeamsReceiver(options: TeamsReceiverOptions): Promise<Hono> {
  const { clock, log, onActivity } = options;
  const tokens = clientCredentialsTokens({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    clock,
    ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    ...(options.tokenUrl ? { tokenUrl: options.tokenUrl } : {}),
  });
  const server = new HonoServerAdapter(log, options.maxBodyBytes ?? 1024 * 1024);
  const app = new App({
    clientId: options.clientId,
    ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    // Not `clientSecret`: given one, the SDK ignores `token` and insists on an https authority.
    // The tenant the SDK names is not needed: the token URL already carries the app's tenant.
    token: (scope) => tokens.token(Array.isArray(scope) ? scope.join(' ') : scope),
    cloud: options.openIdMetadataUrl
      ? withOverrides(PUBLIC, { openIdMetadataUrl: options.openIdMetadataUrl })
      : PUBLIC,
    serviceUrl: DEFAULT_SERVICE_URL,
    dangerouslyAllowUnauthenticatedRequests: false,
    httpServerAdapter: server,
    messagingEndpoint: options.path ?? '/api/messages',
    logger: sdkLogger(log),
    telemetry: { agent365: false },
  });

  app.use(async ({ activity, ref }) => {
    const context: TeamsTurnContext = {
      serviceUrl: ref.serviceUrl,
      tenantId: tenantOf(activity),
      receivedAt: clock.now(),
    };
    try {
      const result = await onActivity(activity, context);
      return result ? result.invokeResponse : { status: 200 };
    } catch (error) {
      log.error(
        { err: error, type: activity.type, ...(activity.type === 'invoke' ? { name: activity.name } : {}) },
        'teams: an activity handler failed',
      );
      return { status: 500, body: { error: 'internal_error' } };
    }
  });
  await app.initialize();
  return server.routes;
}

function tenantOf(activity: Activity): string | undefined {
  return activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
}
