export { LocalChatPlatform, type LocalChatPlatformOptions } from './local-chat-platform.ts';
export { localRoutes, conversationsOf, type DemoClock, type LocalRoutesOptions } from './local-routes.ts';
export { renderHtml, type RenderHtmlOptions } from './render/render-html.ts';
export { chromeText, type ChromeText, type ChartText } from './chrome-text.ts';
export { channelConversationId, directConversationId, visibleConversationIds } from './conversation-ids.ts';
export type {
  LocalConversation,
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
