import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isPulseError, type ErrorCode } from '../../src/errors.ts';
import {
  failureNotice,
  notice,
  spell,
  t,
  type MessageKey,
  type MessageParams,
} from '../../src/messages/index.ts';
import type { Locale } from '../../src/model/keys.ts';
import { resolveLocale } from '../../src/model/index.ts';
import { playgroundReach } from './render/feature-reach.ts';

/**
 * A refusal of the playground's own checks (no such person, someone else's
 * conversation). It names its words in the catalogue, so the person is told
 * in their own language; the message is the English text, for the log.
 */
export class LocalRouteError extends Error {
  readonly status: 400 | 403 | 404 | 409 | 413 | 415;
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(status: LocalRouteError['status'], key: MessageKey, params: MessageParams = {}) {
    super(t('en', key, params));
    this.status = status;
    this.key = key;
    this.params = params;
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
 * Turns a failure into `{ error }` JSON in `locale`: the playground's own
 * refusals from the catalogue, everything else as chat tells it
 * (`failureNotice`, src/messages/refusals.ts). Anything unexpected is handed
 * to `onError` and answered with a general sentence, so no internals reach
 * the page.
 */
export function errorResponse(
  c: Context,
  error: unknown,
  locale: Locale,
  onError: (error: unknown) => void,
): Response {
  if (error instanceof LocalRouteError)
    return c.json({ error: t(locale, error.key, error.params) }, error.status);
  const status = isPulseError(error) ? STATUS_BY_CODE[error.code] : undefined;
  if (status !== undefined && isPulseError(error)) {
    const refusal = failureNotice(error, locale).notice;
    return c.json({ error: spell(refusal.text, locale, playgroundReach), code: error.code }, status);
  }
  // A PulseError without a status here (configuration, database) is a failure on our side, not a refusal.
  onError(error);
  return c.json({ error: spell(notice('error', locale).text, locale, playgroundReach) }, 500);
}

/**
 * The language to answer a request in: the viewer's own when known, else the
 * browser's first choice (Accept-Language), else English.
 */
export function requestLocale(c: Context, viewerLocale?: Locale): Locale {
  if (viewerLocale) return viewerLocale;
  const first = c.req.header('accept-language')?.split(',')[0]?.split(';')[0]?.trim();
  return resolveLocale(first);
}
