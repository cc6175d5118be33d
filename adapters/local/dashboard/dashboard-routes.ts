import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PulseServices } from '../../../src/app/services.ts';
import { isPulseError } from '../../../src/errors.ts';
import {
  failureNotice,
  notice as buildNotice,
  t,
  type FeatureReach,
  type MessageKey,
} from '../../../src/messages/index.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { asset } from '../assets.ts';
import { html, raw, type SafeHtml } from '../render/html.ts';
import { noticeHtml } from '../render/notice-html.ts';
import { renderHtml } from '../render/render-html.ts';
import { requestLocale } from '../route-errors.ts';
import { actionsSectionHtml } from './actions-section.ts';
import { dashboardPage } from './dashboard-page.ts';
import { homeHtml } from './home-html.ts';
import { dashboardLanguageRoute, dashboardLanguageSwitch } from './dashboard-language.ts';
import type { DashboardViewer, ResolveDashboardViewer } from './dashboard-viewer.ts';
import type { AdminFormGuard } from './admin-form-token.ts';
import { weakestElementsHtml, type TeamActionForms } from './action-forms-html.ts';
import { teamActionRoutes } from './team-action-routes.ts';
import type { Notice, ScoreRow } from '../../../src/messages/types.ts';
import { orgReportCsv, teamReportCsv } from '../../../src/messages/report-csv.ts';

export interface DashboardRoutesOptions {
  readonly services: PulseServices;
  /** Who is looking; undefined answers 401 with a way to choose, an expired link 401 with its notice. */
  readonly viewer: ResolveDashboardViewer;
  readonly basePath?: string;
  /** Link back to the chat playground (local mode). */
  readonly playground?: boolean;
  /** How the platform's people reach a feature a notice points to (a command in chat, a button locally). */
  readonly reach: FeatureReach;
  /** The forms' cross-site request guard (admin-form-token.ts); without it a team page only reads. */
  readonly forms?: AdminFormGuard;
  readonly onError?: (error: unknown) => void;
}

export const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; " +
    "frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // Reports are personal: never kept by a shared cache or the back button of a shared machine.
  'Cache-Control': 'no-store',
};

/**
 * A page with forms keeps its referrer within this origin: under
 * `no-referrer` a browser posts a form with `Origin: null`, which the form
 * guard cannot tell from a sandboxed page elsewhere. Other sites still get
 * no referrer, so the link's token never leaves the bot.
 */
export const FORM_PAGE_HEADERS = { ...PAGE_HEADERS, 'Referrer-Policy': 'same-origin' };

/**
 * The web reports under /dashboard: a leader's teams, the organisation for
 * HR, each with its charts, figures and a CSV of exactly the aggregates
 * shown. PulseServices checks access and writes the audit log on every
 * report; a refusal becomes a 403 page.
 *
 * @example app.route('/', dashboardRoutes({ services, viewer: viewAsViewer(directory), playground: true }));
 */
export function dashboardRoutes(options: DashboardRoutesOptions): Hono {
  const { services, reach } = options;
  const basePath = options.basePath ?? '';
  const onError = options.onError ?? ((error: unknown) => console.error('dashboard', error));
  const app = new Hono();

  /** Runs a page for a known viewer; failures become pages with the right status. */
  const page =
    (build: (c: Context, viewer: DashboardViewer) => Promise<Response>) =>
    async (c: Context): Promise<Response> => {
      const viewer = await options.viewer(c);
      if (viewer && 'expired' in viewer) {
        const notice = viewer.expired;
        const title = t(notice.locale, 'dashboard.title');
        return render(c, 401, undefined, [], title, noticeHtml(notice, reach), undefined, notice.locale);
      }
      if (!viewer) {
        const locale = requestLocale(c);
        const body = html`<p>${t(locale, 'dashboard.choose-viewer')}</p>`;
        return render(c, 401, undefined, [], t(locale, 'dashboard.title'), body, undefined, locale);
      }
      try {
        return await build(c, viewer);
      } catch (error) {
        return failure(c, viewer, error);
      }
    };

  const render = (
    c: Context,
    status: ContentfulStatusCode,
    viewer: DashboardViewer | undefined,
    teams: readonly { id: string; name: string }[],
    heading: string,
    body: SafeHtml,
    current?: string,
    locale: Locale = viewer?.locale ?? 'en',
    headers: Record<string, string> = PAGE_HEADERS,
  ): Response =>
    c.html(
      dashboardPage({
        basePath,
        locale,
        viewer,
        teams,
        heading,
        body,
        playground: options.playground ?? false,
        ...(viewer ? { languageSwitch: dashboardLanguageSwitch(c, basePath, viewer) } : {}),
        ...(current === undefined ? {} : { current }),
      }),
      status,
      headers,
    );

  /** A refusal is told as chat tells it (src/messages/refusals.ts); anything else is logged. */
  const failure = async (c: Context, viewer: DashboardViewer, error: unknown): Promise<Response> => {
    const say = (key: MessageKey): string => t(viewer.locale, key);
    // The navigation is a nicety on an error page; if it fails too, the page goes without it.
    const teams = await services.reportableTeams(viewer.id).catch((): { id: string; name: string }[] => []);
    const back = html`<p><a href="${basePath}/dashboard${viewer.query}">${say('dashboard.back')}</a></p>`;
    const refused: [ContentfulStatusCode, string] | undefined = isPulseError(error, 'forbidden')
      ? [403, say('dashboard.forbidden')]
      : isPulseError(error, 'not_found') || isPulseError(error, 'round_not_found')
        ? [404, say('dashboard.not-found')]
        : undefined;
    if (!refused) {
      onError(error);
      const body = html`${noticeHtml(buildNotice('error', viewer.locale), reach)} ${back}`;
      return render(c, 500, viewer, teams, say('dashboard.failed'), body);
    }
    const body = html`${noticeHtml(failureNotice(error, viewer.locale).notice, reach)} ${back}`;
    return render(c, refused[0], viewer, teams, refused[1], body);
  };

  app.get(
    '/dashboard',
    page(async (c, viewer) => {
      const say = (key: MessageKey): string => t(viewer.locale, key);
      const teams = await services.reportableTeams(viewer.id);
      if (teams.length === 0 && !viewer.isHr) {
        const participation = await services.myParticipation(viewer.id);
        const body = html`<p>${say('dashboard.no-reports')}</p>
          ${noticeHtml(participation, reach)} ${noticeHtml(services.privacyNotice(viewer.locale), reach)}`;
        return render(c, 200, viewer, teams, say('dashboard.title'), body, '');
      }
      const home = await services.homeSummary(viewer.id);
      const body = await homeHtml(home, { basePath, query: viewer.query, reach });
      return render(c, 200, viewer, teams, say('home.heading'), body, '');
    }),
  );

  app.get(
    '/dashboard/org',
    page(async (c, viewer) => {
      const say = (key: MessageKey): string => t(viewer.locale, key);
      const report = await services.orgReport(viewer.id);
      const teams = await services.reportableTeams(viewer.id);
      if (report.kind === 'notice')
        return render(c, 200, viewer, teams, say('dashboard.organisation'), noticeHtml(report, reach), 'org');
      const body = html`${raw(await renderHtml(report, { idPrefix: 'org' }))}
        <p class="csv">
          <a href="${basePath}/dashboard/org/csv${viewer.query}" download>${say('dashboard.download-csv')}</a>
        </p>
        ${actionsSectionHtml(await services.organizationActions(viewer.id))}`;
      return render(c, 200, viewer, teams, say('dashboard.organisation'), body, 'org');
    }),
  );

  app.get(
    '/dashboard/org/csv',
    page(async (c, viewer) => csv(c, 'organisation.csv', orgReportCsv(await services.orgReport(viewer.id)))),
  );

  // Everything kept about the viewer, as the export in chat gives it: their right of access.
  app.get(
    '/dashboard/my-data',
    page(async (c, viewer) =>
      c.body(JSON.stringify(await services.personalData(viewer.id), null, 2), 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="excellence-pulse-my-data.json"',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      }),
    ),
  );

  /** The forms a team's leader (or an admin) gets on its page; none for HR, who reads. */
  const actionForms = async (
    viewer: DashboardViewer,
    teamId: string,
    elements: readonly ScoreRow[],
  ): Promise<TeamActionForms | undefined> => {
    const choices = options.forms ? await services.teamActionChoices(viewer.id, teamId) : undefined;
    if (!options.forms || !choices) return undefined;
    const action = `${basePath}/dashboard/teams/${encodeURIComponent(teamId)}/actions`;
    const form = {
      locale: viewer.locale,
      action,
      query: viewer.query,
      token: options.forms.tokenFor(viewer.id),
    };
    return { form, choices, elements };
  };

  /** A team's report, its weakest elements and its actions, with the outcome of what was just done on top. */
  const teamPage = async (
    c: Context,
    viewer: DashboardViewer,
    told?: Notice,
    status: ContentfulStatusCode = 200,
  ): Promise<Response> => {
    const say = (key: MessageKey): string => t(viewer.locale, key);
    const teamId = c.req.param('teamId') ?? '';
    const report = await services.teamReport(viewer.id, teamId);
    const teams = await services.reportableTeams(viewer.id);
    const outcome = told ? noticeHtml(told, reach) : '';
    if (report.kind === 'notice') {
      // Before the first results a leader can already plan an action; there is no weakest element yet.
      const forms = await actionForms(viewer, teamId, []);
      const name = teams.find((team) => team.id === teamId)?.name ?? say('dashboard.title');
      const body = html`${outcome} ${noticeHtml(report, reach)}
      ${forms ? actionsSectionHtml(await services.teamActions(viewer.id, teamId), forms) : ''}`;
      return render(c, status, viewer, teams, name, body, teamId, viewer.locale, FORM_PAGE_HEADERS);
    }
    const forms = await actionForms(viewer, teamId, report.elements);
    const body = html`${outcome} ${raw(await renderHtml(report, { idPrefix: 'team' }))}
      <p class="csv">
        <a href="${basePath}/dashboard/teams/${encodeURIComponent(teamId)}/csv${viewer.query}" download
          >${say('dashboard.download-csv')}</a
        >
      </p>
      ${forms ? weakestElementsHtml(forms) : ''}
      ${actionsSectionHtml(await services.teamActions(viewer.id, teamId), forms)}`;
    return render(c, status, viewer, teams, report.team.name, body, teamId, viewer.locale, FORM_PAGE_HEADERS);
  };

  app.get(
    '/dashboard/teams/:teamId',
    page((c, viewer) => teamPage(c, viewer)),
  );
  if (options.forms) app.route('/', teamActionRoutes({ services, guard: options.forms, page, teamPage }));

  app.get(
    '/dashboard/teams/:teamId/csv',
    page(async (c, viewer) => {
      const teamId = c.req.param('teamId') ?? '';
      const report = await services.teamReport(viewer.id, teamId);
      return csv(c, `team-${teamId.replace(/[^\w-]/g, '_')}.csv`, teamReportCsv(report));
    }),
  );

  app.route('/', dashboardLanguageRoute(services, options.viewer, basePath));

  app.get('/dashboard/style.css', async (c) => {
    const found = asset('playground.css');
    if (!found) return c.notFound();
    const { body, contentType } = await found;
    return c.body(body, 200, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
  });

  return app;
}

function csv(c: Context, filename: string, body: string): Response {
  // The byte order mark makes spreadsheet programs read the file as UTF-8 (Dutch names, dashes).
  return c.body(`\uFEFF${body}`, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}
