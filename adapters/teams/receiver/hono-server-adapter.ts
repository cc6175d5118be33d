import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import { Hono } from 'hono';
import type { Logger } from '../../../src/logging/logger.ts';

/**
 * The Teams SDK's transport seam, on a Hono router instead of the Express
 * server the SDK would otherwise start. The SDK registers its messaging
 * endpoint here during `app.initialize()`; the bot mounts `routes` on its own
 * HTTP server. `start` and `stop` are left out on purpose: the bot's server
 * owns listening, and the SDK calls them only from `app.start()`, never used.
 *
 * Bodies that are too large or not a JSON object are refused here, before
 * the SDK sees them; everything else (the token above all) is the SDK's.
 */
export class HonoServerAdapter implements IHttpServerAdapter {
  readonly routes = new Hono();
  private readonly log: Logger;
  private readonly maxBodyBytes: number;

  constructor(log: Logger, maxBodyBytes: number) {
    this.log = log;
    this.maxBodyBytes = maxBodyBytes;
  }

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    this.routes.on(method, path, async (c) => {
      const request = c.req.raw;
      const body = await this.readBody(request);
      if (!body.ok) return json({ error: body.error }, body.status);
      const answer = await handler({ body: body.value, headers: headersOf(request) });
      if (answer.status === 401) this.log.warn({ path }, 'teams: request refused (bearer token)');
      return answer.body === undefined
        ? new Response(null, { status: answer.status })
        : json(answer.body, answer.status);
    });
  }

  private async readBody(
    request: Request,
  ): Promise<{ ok: true; value: object } | { ok: false; status: number; error: string }> {
    const tooLarge = { ok: false, status: 413, error: 'body_too_large' } as const;
    if (Number(request.headers.get('content-length') ?? '0') > this.maxBodyBytes) return tooLarge;
    const text = await request.text();
    if (Buffer.byteLength(text) > this.maxBodyBytes) return tooLarge;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, status: 400, error: 'malformed_body' };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, status: 400, error: 'malformed_body' };
    }
    return { ok: true, value };
  }
}

function headersOf(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

function json(value: unknown, status: number): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
