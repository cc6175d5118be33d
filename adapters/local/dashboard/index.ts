export { dashboardRoutes, type DashboardRoutesOptions } from './dashboard-routes.ts';
export {
  anyViewer,
  tokenViewer,
  viewAsViewer,
  type DashboardViewer,
  type ResolveDashboardViewer,
} from './dashboard-viewer.ts';
export { orgReportCsv, teamReportCsv } from '../../../src/messages/report-csv.ts';
