import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { PulseServices } from '../../src/app/services.ts';
import { t } from '../../src/messages/index.ts';
import { LOCALES, type Locale } from '../../src/model/keys.ts';
import type { DashboardViewer, ResolveDashboardViewer } from './dashboard/dashboard-viewer.ts';
import { requestLocale } from './route-errors.ts';

export interface LanguageRouteOptions {
  readonly services: PulseServices;
  /** Who is switching: "view as" in the playground, the signed link's person on the dashboard. */
  readonly viewer: ResolveDashboardViewer;
  /** The route, e.g. '/language' or '/dashboard/language'. */
  readonly path: string;
  readonly basePath: string;
  /** Where to go when the form names no page of ours to come back to. */
  readonly home: (viewer: DashboardViewer) => string;
}

/** A language choice is a word and a path: a few hundred bytes. */
const MAX_BODY_BYTES = 4 * 1024;

/**
 * `POST <path>` with `locale` and `back`: the viewer's language becomes
 * theirs (stored and audited by the same use case chat uses) and the
 * browser goes back to the page it came from (303), now in that language.
 * A form posted from another site is refused.
 */
export function languageRoute(options: LanguageRouteOptions): Hono {
  const app = new Hono();
  app.post(
    options.path,
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.text(t(requestLocale(c), 'playground.error.too-large', { kb: MAX_BODY_BYTES / 1024 }), 413),
    }),
    async (c) => {
      if (fromAnotherSite(c)) return c.text(t(requestLocale(c), 'dashboard.forbidden'), 403);
      const viewer = await options.viewer(c);
      if (!viewer || 'expired' in viewer) {
        const locale = viewer ? viewer.expired.locale : requestLocale(c);
        return c.text(t(locale, 'dashboard.choose-viewer'), 401);
      }
      const form = await c.req.parseBody();
      const locale = LOCALES.find((known) => known === form['locale']);
      if (!locale) return c.text(t(viewer.locale, 'playground.error.invalid-action'), 400);
      await options.services.setLocale(viewer.id, locale satisfies Locale);
      const back = typeof form['back'] === 'string' ? ownPage(form['back'], options.basePath) : undefined;
      return c.redirect(back ?? options.home(viewer), 303);
    },
  );
  return app;
}

/**
 * A browser says where a form came from: `Sec-Fetch-Site` where it sends
 * it, else `Origin`. "null" (what a page with `no-referrer` sends) and no
 * header at all are not taken as another site; the signed link's token or
 * the playground's "view as" still decides who is switching.
 */
function fromAnotherSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return false;
  try {
    return new URL(origin).host !== c.req.header('host');
  } catch {
    return true;
  }
}

/** Only a path on this server under the app's base path: never another site (`//evil`, `/\evil`). */
function ownPage(back: string, basePath: string): string | undefined {
  if (!back.startsWith(`${basePath}/`) || /^[/\\]{2}|^\/\\/.test(back)) return undefined;
  const resolved = new URL(back, 'http://pulse.invalid');
  if (resolved.origin !== 'http://pulse.invalid') return undefined;
  return `${resolved.pathname}${resolved.search}`;
}
