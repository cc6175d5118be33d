import type { Context, Hono } from 'hono';
import type { PulseServices } from '../../src/app/services.ts';
import { viewAsViewer } from './dashboard/dashboard-viewer.ts';
import { languageRoute } from './language-routes.ts';
import { currentPage, languageSwitchHtml } from './language-switch.ts';
import type { SafeHtml } from './render/html.ts';
import type { LocalDirectory, LocalPerson } from './workspace-types.ts';

/** The playground's switch: it changes the language of the person it views as, and comes back to this page. */
export function playgroundLanguageSwitch(c: Context, basePath: string, viewer: LocalPerson): SafeHtml {
  return languageSwitchHtml({
    action: `${basePath}/language?as=${encodeURIComponent(viewer.id)}`,
    locale: viewer.locale,
    back: currentPage(c),
  });
}

/** `POST /language?as=…`: "view as" is the playground's login, so it names whose language changes. */
export function playgroundLanguageRoute(
  services: PulseServices,
  directory: LocalDirectory,
  basePath: string,
): Hono {
  return languageRoute({
    services,
    viewer: viewAsViewer(directory),
    path: '/language',
    basePath,
    home: (viewer) => `${basePath}/${viewer.query}`,
  });
}
