import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PulseServices } from '../../../src/app/services.ts';
import { isPulseError } from '../../../src/errors.ts';
import { failureNotice, t } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { AdminFormGuard } from './admin-form-token.ts';
import type { DashboardViewer } from './dashboard-viewer.ts';

type Step = (c: Context, viewer: DashboardViewer) => Promise<Response>;

export interface TeamActionRoutesOptions {
  readonly services: PulseServices;
  readonly guard: AdminFormGuard;
  /** The dashboard's wrapper: a known viewer, failures (a refusal is 403) as pages. */
  readonly page: (step: Step) => (c: Context) => Promise<Response>;
  /** The team's page as it is now, with what was just done on top. */
  readonly teamPage: (
    c: Context,
    viewer: DashboardViewer,
    told?: Notice,
    status?: ContentfulStatusCode,
  ) => Promise<Response>;
}

/**
 * A team page's forms: a new action, an action marked done. Both go to the
 * use cases chat uses (`createAction`, `setActionStatus`), which decide who
 * may (the team's leader or an admin); the page only carries the viewer's
 * form token, checked as the admin page checks it.
 */
export function teamActionRoutes(options: TeamActionRoutesOptions): Hono {
  const { services, guard, page, teamPage } = options;
  const app = new Hono();

  /** Reads the form, checks its token, runs the change and shows the team page with its outcome. */
  const formStep = (
    change: (c: Context, viewer: DashboardViewer, field: (name: string) => string) => Promise<Notice>,
  ) =>
    page(async (c, viewer) => {
      const form = await c.req.parseBody().catch((): Record<string, unknown> => ({}));
      const field = (name: string): string => {
        const value = form[name];
        return typeof value === 'string' ? value.trim() : '';
      };
      if (!guard.accepts(c, viewer.id, field('csrf'))) {
        const refused: Notice = {
          kind: 'notice',
          locale: viewer.locale,
          tone: 'warning',
          text: t(viewer.locale, 'admin-page.form-refused'),
        };
        return teamPage(c, viewer, refused, 403);
      }
      try {
        return await teamPage(c, viewer, await change(c, viewer, field));
      } catch (error) {
        const failure = failureNotice(error, viewer.locale);
        // Someone who may not act on this team gets the dashboard's refusal page, as for its report.
        if (failure.unexpected || isPulseError(error, 'forbidden')) throw error;
        return teamPage(c, viewer, failure.notice, isPulseError(error, 'not_found') ? 404 : 400);
      }
    });

  app.post(
    '/dashboard/teams/:teamId/actions/new',
    formStep((c, viewer, field) =>
      services.createAction({
        actorId: viewer.id,
        teamId: c.req.param('teamId') ?? '',
        target: { kind: 'element', key: field('target') },
        title: field('title'),
        owner: { personId: field('owner') },
        dueOn: field('dueOn'),
      }),
    ),
  );

  app.post(
    '/dashboard/teams/:teamId/actions/:actionId/done',
    formStep((c, viewer) => services.markActionDone(viewer.id, c.req.param('actionId') ?? '')),
  );

  return app;
}
