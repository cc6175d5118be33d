export { LocalChatPlatform, type LocalChatPlatformOptions } from './local-chat-platform.ts';
export { localRoutes, conversationsOf, type LocalRoutesOptions } from './local-routes.ts';
export { formatDemoTime, type DemoClock, type DemoStepOutcome } from './demo-clock.ts';
export { renderHtml, type RenderHtmlOptions } from './render/render-html.ts';
export { playgroundReach } from './render/feature-reach.ts';
export { channelConversationId, directConversationId, visibleConversationIds } from './conversation-ids.ts';
export type {
  KeptMessage,
  LocalConversation,
  LocalMessageStore,
  LocalDirectory,
  LocalMessage,
  LocalPerson,
  LocalRole,
  LocalTeamMembership,
  WorkspaceEvent,
  WorkspaceListener,
} from './workspace-types.ts';
export {
  dashboardRoutes,
  orgReportCsv,
  teamReportCsv,
  viewAsViewer,
  type DashboardRoutesOptions,
  type DashboardViewer,
  type ResolveDashboardViewer,
} from './dashboard/index.ts';
