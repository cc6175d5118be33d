export {
  createSlackAdapter,
  installationWorkspaceResolver,
  singleWorkspaceResolver,
  type SlackAdapter,
  type SlackAdapterConfig,
  type SlackAdapterDeps,
} from './create-slack-adapter.ts';
export {
  createSlackBoltApp,
  createSocketModeReceiver,
  installationStoreAuthorize,
  singleWorkspaceAuthorize,
  type SlackBoltAppOptions,
} from './create-slack-app.ts';
export type { ExportResult, SlackHandlerDeps, UninstallEvent } from './handlers/deps.ts';
export { SlackHttpReceiver, type SlackHttpReceiverOptions } from './http/http-receiver.ts';
export { signSlackRequest, verifySlackSignature } from './http/verify-signature.ts';
export {
  EncryptedInstallationStore,
  InstallationNotFoundError,
  memoryInstallationRepository,
  type InstallationRecord,
  type InstallationRepository,
} from './installation-store.ts';
export { BOT_EVENTS, BOT_SCOPES } from './manifest-scopes.ts';
export { slackOAuthRoutes, type SlackOAuthOptions } from './oauth-routes.ts';
export { memoryDmChannelCache, type DmChannelCache } from './platform/dm-channels.ts';
export { SlackChatPlatform, type SlackChatPlatformOptions } from './platform/slack-chat-platform.ts';
export { PULSE_COMMAND, slackCommand, slackReach } from './render/feature-reach.ts';
export { renderMessage } from './render/render-message.ts';
export { SealedBox, type SealingKeys } from './sealed-box.ts';
export { systemClock, type Clock } from '../sending/clock.ts';
export { METHOD_LIMITS, TIERS, type MethodLimit } from './web-api/method-limits.ts';
export {
  DEFAULT_SLACK_API_URL,
  PERMANENT_ERRORS,
  SlackApiError,
  SlackWebApi,
  type SlackAuth,
  type SlackWebApiOptions,
} from './web-api/slack-web-api.ts';
