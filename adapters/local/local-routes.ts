import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { PulseServices } from '../../src/app/services.ts';
import { t } from '../../src/messages/index.ts';
import { ActionRequest, handleAction } from './actions.ts';
import { dashboardRoutes } from './dashboard/dashboard-routes.ts';
import { adminFormGuard, type AdminFormGuard } from './dashboard/admin-form-token.ts';
import { adminRoutes } from './dashboard/admin-routes.ts';
import { viewAsViewer, type ResolveDashboardViewer } from './dashboard/dashboard-viewer.ts';
import { asset } from './assets.ts';
import { channelConversationId, directConversationId } from './conversation-ids.ts';
import { clockOutcomeText, formatDemoTime, type DemoClock } from './demo-clock.ts';
import { messageEvents } from './events-stream.ts';
import type { LocalChatPlatform } from './local-chat-platform.ts';
import { MessageRenderer } from './message-view.ts';
import { myDataRoutes } from './my-data-routes.ts';
import { playgroundLanguageRoute, playgroundLanguageSwitch } from './playground-language.ts';
import { playgroundPage, type ConversationItem } from './page/playground-page.ts';
import { raw } from './render/html.ts';
import { playgroundReach } from './render/feature-reach.ts';
import { errorResponse, LocalRouteError, requestLocale } from './route-errors.ts';
import { requireViewer, requireVisible } from './viewer.ts';
import type { LocalDirectory, LocalPerson } from './workspace-types.ts';

export interface LocalRoutesOptions {
  readonly platform: LocalChatPlatform;
  readonly services: PulseServices;
  readonly directory: LocalDirectory;
  /** Only in local mode; without it the page shows no clock and the clock routes answer 404. */
  readonly clock?: DemoClock;
  /** Where the sub-app is mounted ('' for the root, '/local' for app.route('/local', …)). */
  readonly basePath?: string;
  /** Serve the dashboard under /dashboard with "view as" as the login (default true). */
  readonly dashboard?: boolean;
  /** Who is looking at the dashboard; "view as" (`?as=`) unless given. */
  readonly dashboardViewer?: ResolveDashboardViewer;
  /** The admin page's form guard; without one, its key is random per process (forms end with a restart). */
  readonly adminForms?: AdminFormGuard;
  /** Idle time between keep-alive pings on the event stream. */
  readonly heartbeatMs?: number;
  /** Larger request bodies are refused with 413 before they are read (default 64 KiB). */
  readonly maxBodyBytes?: number;
  /** Told about unexpected failures (the page gets a general message). */
  readonly onError?: (error: unknown) => void;
}

// A Map, not an object literal: a step name from the URL such as `constructor` must not find Object's own members.
const CLOCK_STEPS: ReadonlyMap<string, 'nextSend' | 'closeRound' | 'advanceWeek'> = new Map([
  ['next-send', 'nextSend'],
  ['close-round', 'closeRound'],
  ['advance-week', 'advanceWeek'],
] as const);

/** The playground's requests are a click or a comment: a few KB at most. */
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The local chat playground as a Hono sub-app: the page, its assets and a
 * small JSON API. Binding (127.0.0.1 in local mode) is the caller's concern.
 *
 * @example app.route('/', localRoutes({ platform, services, directory, clock }));
 */
export function localRoutes(options: LocalRoutesOptions): Hono {
  const { platform, services, directory } = options;
  const basePath = options.basePath ?? '';
  const onError = options.onError ?? ((error: unknown) => console.error('local playground', error));
  const renderer = new MessageRenderer((viewer) => t(viewer.locale, 'app.name'));
  const app = new Hono();

  /** Answers a failure in the language of the person the request names (`as`), else the browser's. */
  const fail = async (c: Context, error: unknown, personId: string | undefined): Promise<Response> => {
    const person = personId ? (await directory()).find((candidate) => candidate.id === personId) : undefined;
    return errorResponse(c, error, requestLocale(c, person?.locale), onError);
  };

  // Refused from Content-Length before a byte is read; a body sent without a length is cut off
  // as soon as it passes the limit, so nobody can make the bot buffer megabytes.
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        errorResponse(
          c,
          new LocalRouteError(413, 'playground.error.too-large', { kb: Math.floor(maxBodyBytes / 1024) }),
          requestLocale(c),
          onError,
        ),
    }),
  );

  // A JSON content type cannot be sent cross-site without a CORS preflight (which this app never
  // grants), so another web page open in the same browser cannot click buttons here.
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'POST' && !(c.req.header('content-type') ?? '').startsWith('application/json')) {
      return errorResponse(
        c,
        new LocalRouteError(415, 'playground.error.json-only'),
        requestLocale(c),
        onError,
      );
    }
    await next();
  });

  app.get('/', async (c) => {
    const people = await directory();
    const viewer = people.find((person) => person.id === c.req.query('as')) ?? people[0];
    const locale = requestLocale(c, viewer?.locale);
    const conversations = viewer ? conversationsOf(viewer) : [];
    const current = conversations.find((item) => item.id === c.req.query('c')) ?? conversations[0];
    const messages = viewer && current ? platform.messages(current.id) : [];
    const page = playgroundPage({
      basePath,
      locale,
      people,
      viewer,
      conversations,
      current,
      messages: viewer ? await renderer.list(messages, viewer) : raw(''),
      hasMessages: messages.length > 0,
      clock: options.clock && viewer ? demoTime(options.clock.now(), viewer) : undefined,
      dashboard: options.dashboard ?? true,
      ...(viewer ? { languageSwitch: playgroundLanguageSwitch(c, basePath, viewer) } : {}),
    });
    return c.html(page, 200, PAGE_HEADERS);
  });

  app.get('/assets/:name', async (c) => {
    const found = asset(c.req.param('name'));
    if (!found) return c.notFound();
    const { body, contentType } = await found;
    return c.body(body, 200, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
  });

  app.get('/api/people', async (c) => c.json({ people: await directory() }));

  app.get('/api/conversations', async (c) => {
    try {
      const viewer = await requireViewer(directory, c.req.query('as'));
      return c.json({ conversations: conversationsOf(viewer) });
    } catch (error) {
      return fail(c, error, c.req.query('as'));
    }
  });

  app.get('/api/conversations/:id/messages', async (c) => {
    try {
      const viewer = await requireViewer(directory, c.req.query('as'));
      const conversationId = c.req.param('id');
      requireVisible(viewer, conversationId);
      const messages = await Promise.all(
        platform.messages(conversationId).map((message) => renderer.view(message, viewer)),
      );
      return c.json({ messages });
    } catch (error) {
      return fail(c, error, c.req.query('as'));
    }
  });

  app.get('/api/events', async (c) => {
    try {
      const viewer = await requireViewer(directory, c.req.query('as'));
      return messageEvents(c, viewer, { platform, renderer, heartbeatMs: options.heartbeatMs ?? 15_000 });
    } catch (error) {
      return fail(c, error, c.req.query('as'));
    }
  });

  app.post('/api/actions', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const personId = asOf(body);
    try {
      const parsed = ActionRequest.safeParse(body);
      if (!parsed.success) throw new LocalRouteError(400, 'playground.error.invalid-action');
      const result = await handleAction(parsed.data, { platform, services, directory, renderer });
      return c.json({ ok: true, ...result });
    } catch (error) {
      return fail(c, error, personId);
    }
  });

  app.post('/api/clock/:step', async (c) => {
    const step = c.req.param('step');
    const personId = asOf(await c.req.json().catch(() => undefined));
    try {
      if (!options.clock) throw new LocalRouteError(404, 'playground.error.no-clock');
      const method = CLOCK_STEPS.get(step);
      if (!method) throw new LocalRouteError(404, 'playground.error.no-clock-step', { step });
      const viewer = await requireViewer(directory, personId);
      const outcome = await options.clock[method](viewer);
      return c.json({
        ok: true,
        outcome: outcome.kind,
        status: clockOutcomeText(outcome, viewer.locale),
        ...demoTime(options.clock.now(), viewer),
      });
    } catch (error) {
      return fail(c, error, personId);
    }
  });

  app.route('/', playgroundLanguageRoute(services, directory, basePath));
  app.route('/', myDataRoutes({ services, directory, basePath, fail, headers: PAGE_HEADERS }));

  if (options.dashboard ?? true) {
    // One guard for the dashboard's and the admin page's forms: a viewer's token is the same on both.
    const forms = options.adminForms ?? adminFormGuard(undefined);
    app.route(
      '/',
      dashboardRoutes({
        services,
        viewer: options.dashboardViewer ?? viewAsViewer(directory),
        basePath,
        playground: true,
        reach: playgroundReach,
        forms,
        onError,
      }),
    );
    app.route(
      '/',
      adminRoutes({
        services,
        viewer: options.dashboardViewer ?? viewAsViewer(directory),
        guard: forms,
        basePath,
        playground: true,
        reach: playgroundReach,
        onError,
      }),
    );
  }

  return app;
}

/** The demo's now for the page: the instant, and as the viewer reads it in their zone and language. */
function demoTime(now: Date, viewer: LocalPerson): { readonly now: string; readonly nowText: string } {
  return { now: now.toISOString(), nowText: formatDemoTime(now, viewer) };
}

/** The person a request body names (`as`), if it names one. */
function asOf(body: unknown): string | undefined {
  const as: unknown = typeof body === 'object' && body !== null ? (body as { as?: unknown }).as : undefined;
  return typeof as === 'string' ? as : undefined;
}

/** A person's conversations: their DM with the bot, then their teams' channels. */
export function conversationsOf(viewer: LocalPerson): ConversationItem[] {
  return [
    { id: directConversationId(viewer.platformUserId), kind: 'direct', title: t(viewer.locale, 'app.name') },
    ...viewer.teams.map((team) => ({
      id: channelConversationId(team.channelId),
      kind: 'channel' as const,
      title: `# ${team.teamName}`,
    })),
  ];
}
