import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AdminCommand } from '../../../src/app/admin-services.ts';
import { adminNotice } from '../../../src/messages/admin-notices.ts';
import type { PulseServices } from '../../../src/app/services.ts';
import { isPulseError } from '../../../src/errors.ts';
import { failureNotice, notice as buildNotice, t, type FeatureReach } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { html, SafeHtml } from '../render/html.ts';
import { noticeHtml } from '../render/notice-html.ts';
import { requestLocale } from '../route-errors.ts';
import type { AdminFormGuard } from './admin-form-token.ts';
import { adminBody, removePersonConfirm, removeTeamConfirm, type AdminFormContext } from './admin-html.ts';
import { dashboardPage } from './dashboard-page.ts';
import { FORM_PAGE_HEADERS } from './dashboard-routes.ts';
import { SETUP_STEPS } from './admin-setup-steps.ts';
import type { DashboardViewer, ResolveDashboardViewer } from './dashboard-viewer.ts';

export interface AdminRoutesOptions {
  readonly services: PulseServices;
  /** Who is looking, as for the dashboard: a signed link (`?t=`) or the playground's "view as". */
  readonly viewer: ResolveDashboardViewer;
  /** The forms' cross-site request guard (see admin-form-token.ts). */
  readonly guard: AdminFormGuard;
  readonly basePath?: string;
  readonly playground?: boolean;
  readonly reach: FeatureReach;
  readonly onError?: (error: unknown) => void;
}

type Field = (name: string) => string | undefined;

/** The actions the page posts to, each turned into the admin command chat sends for it. */
const COMMANDS: ReadonlyMap<string, (field: Field) => AdminCommand> = new Map([
  [
    'schedule',
    (field: Field): AdminCommand => ({
      kind: 'schedule',
      channelId: field('team') ?? '',
      change: {
        ...optional('cadence', field('cadence')),
        ...(field('weekday') ? { weekday: Number(field('weekday')) } : {}),
        ...optional('time', field('time')),
        ...optional('timeZone', field('timeZone')),
      },
    }),
  ],
  ...(['pause', 'resume', 'remove', 'send-now', 'close-now'] as const).map(
    (kind) => [kind, (field: Field): AdminCommand => ({ kind, channelId: field('team') ?? '' })] as const,
  ),
  [
    'remove-person',
    (field: Field): AdminCommand => ({ kind: 'remove-person', platformUserId: field('person') ?? '' }),
  ],
  [
    'leave',
    (field: Field): AdminCommand => ({
      kind: 'leave',
      platformUserId: field('person') ?? '',
      backOn: field('backOn') ?? '',
    }),
  ],
  ['holidays', (field: Field): AdminCommand => ({ kind: 'holidays', region: field('region') || null })],
]);

/**
 * The admin page under /dashboard/admin: the organisation's teams, people,
 * public holidays and audit log, with a plain POST form for each operation.
 * The page holds no rules: it reads `adminOverview` and runs every change
 * through `administer`, the same use cases (and audit entries) as the chat
 * commands and the command line. Removing a team or a person asks first.
 */
export function adminRoutes(options: AdminRoutesOptions): Hono {
  const { services, reach, guard } = options;
  const basePath = options.basePath ?? '';
  const onError = options.onError ?? ((error: unknown) => console.error('admin page', error));
  const app = new Hono();

  /** A page in the dashboard's frame, its navigation the viewer's teams as on every dashboard page. */
  const render = async (
    c: Context,
    status: ContentfulStatusCode,
    locale: Locale,
    viewer: DashboardViewer | undefined,
    body: SafeHtml,
    heading = t(locale, 'admin-page.title'),
  ): Promise<Response> =>
    c.html(
      dashboardPage({
        basePath,
        locale,
        viewer,
        // The navigation is a nicety; if it cannot be read, the page goes without it.
        teams: viewer ? await services.reportableTeams(viewer.id).catch(() => []) : [],
        heading,
        body,
        playground: options.playground ?? false,
        current: 'admin',
      }),
      status,
      FORM_PAGE_HEADERS,
    );

  const formContext = (viewer: DashboardViewer): AdminFormContext => ({
    locale: viewer.locale,
    action: `${basePath}/dashboard/admin`,
    query: viewer.query,
    token: guard.tokenFor(viewer.id),
  });

  /** The page as it is now, with the outcome of what was just done on top. */
  const overviewPage = async (
    c: Context,
    viewer: DashboardViewer,
    told?: Notice,
    status: ContentfulStatusCode = 200,
  ): Promise<Response> => {
    const page = Number(c.req.query('page') ?? '1');
    const overview = await services.adminOverview(viewer.id, Number.isFinite(page) ? page : 1);
    const body = html`${told ? noticeHtml(told, reach) : ''} ${adminBody(overview, formContext(viewer))}`;
    return render(c, status, viewer.locale, viewer, body);
  };

  /** Runs a step for a known viewer; an expired link, nobody, a refusal and a failure each get their page. */
  const asViewer =
    (step: (c: Context, viewer: DashboardViewer) => Promise<Response>) =>
    async (c: Context): Promise<Response> => {
      const viewer = await options.viewer(c);
      if (viewer && 'expired' in viewer) {
        return render(c, 401, viewer.expired.locale, undefined, noticeHtml(viewer.expired, reach));
      }
      if (!viewer) {
        const locale = requestLocale(c);
        return render(c, 401, locale, undefined, html`<p>${t(locale, 'dashboard.choose-viewer')}</p>`);
      }
      try {
        return await step(c, viewer);
      } catch (error) {
        if (isPulseError(error, 'forbidden')) {
          const refused = noticeHtml(adminNotice(viewer.locale, 'admin.only', {}, 'error'), reach);
          return render(c, 403, viewer.locale, viewer, refused, t(viewer.locale, 'admin-page.forbidden'));
        }
        onError(error);
        return render(c, 500, viewer.locale, viewer, noticeHtml(buildNotice('error', viewer.locale), reach));
      }
    };

  app.get(
    '/dashboard/admin',
    asViewer((c, viewer) => overviewPage(c, viewer)),
  );

  app.post(
    '/dashboard/admin/:action',
    asViewer(async (c, viewer) => {
      const step = c.req.param('action') ?? '';
      const build = COMMANDS.get(step);
      const setup = SETUP_STEPS.get(step);
      if (!build && !setup) return c.notFound();
      const form = await c.req.parseBody().catch((): Record<string, unknown> => ({}));
      const field: Field = (name) => {
        const value = form[name];
        return typeof value === 'string' ? value.trim() : undefined;
      };
      if (!guard.accepts(c, viewer.id, field('csrf'))) {
        const refused = adminWarning(viewer.locale, 'admin-page.form-refused');
        return overviewPage(c, viewer, refused, 403);
      }
      if (setup) return overviewPage(c, viewer, ...(await setup(services, viewer, field)));
      if (!build) return c.notFound();
      const command = build(field);
      if (field('confirmed') !== 'yes') {
        const confirm = await confirmStep(viewer, command);
        if (confirm instanceof SafeHtml) return render(c, 200, viewer.locale, viewer, confirm);
        if (confirm) return overviewPage(c, viewer, confirm, 404);
      }
      let told: Notice;
      let status: ContentfulStatusCode = 200;
      try {
        told = await services.administer(viewer.id, command);
      } catch (error) {
        const failure = failureNotice(error, viewer.locale);
        if (failure.unexpected) throw error;
        told = failure.notice;
        status = isPulseError(error, 'not_found') ? 404 : 400;
      }
      return overviewPage(c, viewer, told, status);
    }),
  );

  /**
   * Removing a team or a person first shows what it does (or, when there is
   * nobody to remove, says why); undefined for every other command.
   */
  const confirmStep = async (
    viewer: DashboardViewer,
    command: AdminCommand,
  ): Promise<SafeHtml | Notice | undefined> => {
    if (command.kind === 'remove') {
      const overview = await services.adminOverview(viewer.id);
      const team = overview.teams.find((candidate) => candidate.channelId === command.channelId);
      return team ? removeTeamConfirm(team, formContext(viewer)) : buildNotice('not-found', viewer.locale);
    }
    if (command.kind === 'remove-person') {
      // The admin page is for admins only: refused here before the data-rights use case names anyone.
      await services.adminOverview(viewer.id);
      const request = await services.erasureRequest(viewer.id, { platformUserId: command.platformUserId });
      return request.kind === 'erasure-request'
        ? removePersonConfirm(request, command.platformUserId, formContext(viewer))
        : request;
    }
    return undefined;
  };

  return app;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value ? ({ [key]: value } as { [P in K]?: string }) : {};
}

function adminWarning(locale: Locale, key: 'admin-page.form-refused'): Notice {
  return { kind: 'notice', locale, tone: 'warning', text: t(locale, key) };
}
