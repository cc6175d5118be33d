import type { Context, Hono } from 'hono';
import type { PulseServices } from '../../../src/app/services.ts';
import { languageRoute } from '../language-routes.ts';
import { currentPage, languageSwitchHtml } from '../language-switch.ts';
import type { SafeHtml } from '../render/html.ts';
import type { DashboardViewer, ResolveDashboardViewer } from './dashboard-viewer.ts';

/** The dashboard's switch: it posts as the viewer (`?as=` or the signed link's `?t=`) and comes back here. */
export function dashboardLanguageSwitch(c: Context, basePath: string, viewer: DashboardViewer): SafeHtml {
  return languageSwitchHtml({
    action: `${basePath}/dashboard/language${viewer.query}`,
    locale: viewer.locale,
    back: currentPage(c),
  });
}

/** `POST /dashboard/language`, for whoever the dashboard knows as its viewer. */
export function dashboardLanguageRoute(
  services: PulseServices,
  viewer: ResolveDashboardViewer,
  basePath: string,
): Hono {
  return languageRoute({
    services,
    viewer,
    path: '/dashboard/language',
    basePath,
    home: (known) => `${basePath}/dashboard${known.query}`,
  });
}
