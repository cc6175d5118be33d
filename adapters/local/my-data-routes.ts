import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { PulseServices } from '../../src/app/services.ts';
import { spell } from '../../src/messages/index.ts';
import { myDataPage } from './page/my-data-page.ts';
import { playgroundReach } from './render/feature-reach.ts';
import { LocalRouteError } from './route-errors.ts';
import { requireViewer } from './viewer.ts';
import type { LocalDirectory } from './workspace-types.ts';

export interface MyDataRoutesOptions {
  readonly services: PulseServices;
  readonly directory: LocalDirectory;
  readonly basePath: string;
  /** Answers a failure in the language of the person the request names. */
  readonly fail: (c: Context, error: unknown, personId: string | undefined) => Promise<Response>;
  readonly headers: Readonly<Record<string, string>>;
}

const EraseRequest = z.object({ as: z.string().min(1), subject: z.string().min(1).max(200) });

/**
 * A person's own data in the playground: `/my-data` shows what is kept
 * about the viewer and what erasing would do; `POST /api/erase` is its
 * confirm button, decided by the same use case as in chat.
 */
export function myDataRoutes(options: MyDataRoutesOptions): Hono {
  const { services, directory, fail } = options;
  const app = new Hono();

  app.get('/my-data', async (c) => {
    try {
      const viewer = await requireViewer(directory, c.req.query('as'));
      const data = await services.personalData(viewer.id);
      if (!data) throw new LocalRouteError(400, 'playground.error.unknown-person');
      const erasure = await services.erasureRequest(viewer.id, { self: true });
      const page = myDataPage({
        basePath: options.basePath,
        locale: viewer.locale,
        as: viewer.id,
        data,
        actions: await services.myActions(viewer.id),
        erasure: erasure.kind === 'erasure-request' ? erasure : undefined,
      });
      return c.html(page, 200, { ...options.headers, 'Cache-Control': 'no-store' });
    } catch (error) {
      return fail(c, error, c.req.query('as'));
    }
  });

  app.post('/api/erase', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const parsed = EraseRequest.safeParse(body);
    try {
      if (!parsed.success) throw new LocalRouteError(400, 'playground.error.invalid-action');
      const viewer = await requireViewer(directory, parsed.data.as);
      const told = await services.confirmErasure(viewer.id, parsed.data.subject);
      return c.json({ ok: told.tone === 'success', status: spell(told.text, told.locale, playgroundReach) });
    } catch (error) {
      return fail(c, error, parsed.success ? parsed.data.as : undefined);
    }
  });

  return app;
}
