import { ReceiverMultipleAckError, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { Hono } from 'hono';
import { AcknowledgementsFirst } from '../../../src/http/acknowledgements-first.ts';
import type { Logger } from '../../../src/logging/logger.ts';
import { MalformedBodyError, parseSlackBody } from './parse-body.ts';
import { missingField } from './payload-shape.ts';
import { verifySlackSignature } from './verify-signature.ts';

export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  readonly log: Logger;
  /** Injectable clock for the signature's timestamp check. */
  readonly nowMilliseconds?: () => number;
  /**
   * Slack gives up after 3 seconds. If no listener has acknowledged by this
   * time, the request is answered with an empty 200 anyway (default 2,500 ms).
   */
  readonly ackTimeoutMs?: number;
  /** Larger bodies are refused with 413 before they are read (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** The Request URL path for events, interactivity and slash commands (default /slack/events). */
  readonly path?: string;
  /** How long what follows an ack may wait for other requests' acks (see AcknowledgementsFirst). */
  readonly afterAckMaxWaitMs?: number;
}

/**
 * A Bolt `Receiver` that plugs into our Hono server instead of starting its
 * own: `routes()` gives a sub-app with `POST /slack/events`, where Slack sends
 * Events API callbacks, interactivity and slash commands alike. Each request
 * is verified (signature and age), parsed, handed to Bolt, and answered as
 * soon as a listener calls `ack()`; the listener goes on after that (e.g. to
 * update the message), which is why the answer is stored *before* the ack.
 *
 * Forged or stale requests get 401 and never reach Bolt; malformed bodies get
 * 400. `start()` and `stop()` do not own the HTTP server: `stop()` waits for
 * the listeners still running.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  /** Requests not yet answered; what follows an ack (a card's update) may wait for them (`turn()`). */
  readonly acknowledgements: AcknowledgementsFirst;
  private readonly running = new Set<Promise<void>>();
  private readonly options: Required<
    Omit<SlackHttpReceiverOptions, 'nowMilliseconds' | 'afterAckMaxWaitMs'>
  > &
    Pick<SlackHttpReceiverOptions, 'nowMilliseconds'>;

  constructor(options: SlackHttpReceiverOptions) {
    const { afterAckMaxWaitMs, ...rest } = options;
    this.options = { ackTimeoutMs: 2500, maxBodyBytes: 1024 * 1024, path: '/slack/events', ...rest };
    this.acknowledgements = new AcknowledgementsFirst(
      afterAckMaxWaitMs === undefined ? {} : { maxWaitMs: afterAckMaxWaitMs },
    );
  }

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  /** The Hono sub-app to mount on the bot's HTTP server: `app.route('/', receiver.routes())`. */
  routes(): Hono {
    const routes = new Hono();
    routes.post(this.options.path, (c) => this.handle(c.req.raw));
    return routes;
  }

  /** Handles one request from Slack, settling when it is answered; exposed for in-process tests. */
  handle(request: Request): Promise<Response> {
    return this.acknowledgements.acknowledging(() => this.reply(request));
  }

  private async reply(request: Request): Promise<Response> {
    const { log } = this.options;
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > this.options.maxBodyBytes) return json({ ok: false, error: 'body_too_large' }, 413);
    let raw: string;
    try {
      raw = await request.text();
    } catch (error) {
      log.warn({ err: error }, 'slack: could not read the request body');
      return json({ ok: false, error: 'unreadable_body' }, 400);
    }
    if (raw.length > this.options.maxBodyBytes) return json({ ok: false, error: 'body_too_large' }, 413);

    const verified = verifySlackSignature(
      {
        signingSecret: this.options.signingSecret,
        ...(this.options.nowMilliseconds ? { nowMilliseconds: this.options.nowMilliseconds } : {}),
      },
      request.headers.get('x-slack-signature') ?? undefined,
      request.headers.get('x-slack-request-timestamp') ?? undefined,
      raw,
    );
    if (!verified.ok) {
      log.warn({ reason: verified.reason }, 'slack: request refused (signature)');
      return json({ ok: false, error: 'invalid_signature' }, 401);
    }

    let body: Record<string, unknown>;
    try {
      body = parseSlackBody(request.headers.get('content-type') ?? undefined, raw);
    } catch (error) {
      if (!(error instanceof MalformedBodyError)) throw error;
      log.warn({ reason: error.message }, 'slack: malformed request body');
      return json({ ok: false, error: 'malformed_body' }, 400);
    }

    if (body.ssl_check === '1') return new Response(null, { status: 200 });
    if (body.type === 'url_verification') {
      return typeof body.challenge === 'string'
        ? json({ challenge: body.challenge }, 200)
        : json({ ok: false, error: 'malformed_body' }, 400);
    }
    const missing = missingField(body);
    if (missing) {
      log.warn({ type: body.type, missing }, 'slack: signed payload without a field Slack always sends');
      return json({ ok: false, error: 'malformed_body', missing }, 400);
    }
    if (!this.app) return json({ ok: false, error: 'not_ready' }, 503);
    return this.dispatch(this.app, body, request.headers);
  }

  private dispatch(app: App, body: Record<string, unknown>, headers: Headers): Promise<Response> {
    const { log } = this.options;
    const retryNum = Number.parseInt(headers.get('x-slack-retry-num') ?? '', 10);
    const retryReason = headers.get('x-slack-retry-reason') ?? undefined;

    return new Promise<Response>((resolve) => {
      let acked = false;
      let answered = false;
      const answer = (response: Response): void => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        resolve(response);
      };
      const timer = setTimeout(() => {
        log.warn({ type: body.type }, 'slack: no listener acknowledged within the limit; answered 200');
        answer(new Response(null, { status: 200 }));
      }, this.options.ackTimeoutMs);

      const event: ReceiverEvent = {
        body,
        ack: async (response?: unknown) => {
          if (acked) throw new ReceiverMultipleAckError();
          acked = true;
          answer(ackResponse(response));
        },
        ...(Number.isFinite(retryNum) ? { retryNum } : {}),
        ...(retryReason ? { retryReason } : {}),
      };

      const work = app.processEvent(event).then(
        () => {
          if (!acked) answer(new Response(null, { status: 200 }));
        },
        (error: unknown) => {
          log.error({ err: error, type: body.type }, 'slack: a listener failed');
          if (!acked) answer(json({ ok: false, error: 'internal_error' }, 500));
        },
      );
      this.running.add(work);
      void work.finally(() => this.running.delete(work));
    });
  }
}

function ackResponse(response: unknown): Response {
  if (response === undefined || response === '') return new Response(null, { status: 200 });
  if (typeof response === 'string') {
    return new Response(response, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return json(response, 200);
}

function json(value: unknown, status: number): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
