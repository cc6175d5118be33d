import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isPulseError, type ErrorCode } from '../../src/errors.ts';
import { refusalFor } from '../../src/messages/index.ts';
import { resolveLocale } from '../../src/model/index.ts';

/** An error the playground's own checks raise; its message is for the person at the page. */
export class LocalRouteError extends Error {
  readonly status: 400 | 403 | 404 | 409;

  constructor(status: 400 | 403 | 404 | 409, message: string) {
    super(message);
    this.status = status;
    this.name = 'LocalRouteError';
  }
}

const STATUS_BY_CODE: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  round_closed: 409,
  not_team_member: 403,
  round_not_found: 404,
  statement_unknown: 400,
  token_invalid: 403,
  answer_invalid: 400,
  forbidden: 403,
  not_found: 404,
  usage: 400,
};

/**
 * Turns a failure into `{ error }` JSON. A refusal is told in the person's
 * language, as in chat (src/messages/refusals.ts); our own checks carry a
 * message written for the person; anything else is logged and answered with
 * a general sentence, so no internals reach the page.
 */
export function errorResponse(
  c: Context,
  error: unknown,
  fallbackMessage: string,
  onError: (error: unknown) => void,
  locale?: string,
): Response {
  if (error instanceof LocalRouteError) return c.json({ error: error.message }, error.status);
  if (isPulseError(error)) {
    const status = STATUS_BY_CODE[error.code];
    const text = refusalFor(error, resolveLocale(locale))?.text ?? error.message;
    if (status !== undefined) return c.json({ error: text, code: error.code }, status);
  }
  onError(error);
  return c.json({ error: fallbackMessage }, 500);
}
