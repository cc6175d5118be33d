export { dashboardRoutes, type DashboardRoutesOptions } from './dashboard-routes.ts';
export { adminRoutes, type AdminRoutesOptions } from './admin-routes.ts';
export { adminFormGuard, type AdminFormGuard } from './admin-form-token.ts';
export {
  anyViewer,
  tokenViewer,
  viewAsViewer,
  type DashboardViewer,
  type ResolveDashboardViewer,
} from './dashboard-viewer.ts';
export { orgReportCsv, teamReportCsv } from '../../../src/messages/report-csv.ts';
