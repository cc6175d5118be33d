export { dashboardRoutes, type DashboardRoutesOptions } from './dashboard-routes.ts';
export { viewAsViewer, type DashboardViewer, type ResolveDashboardViewer } from './dashboard-viewer.ts';
export { orgReportCsv, teamReportCsv, CSV_HEADER } from './report-csv.ts';
