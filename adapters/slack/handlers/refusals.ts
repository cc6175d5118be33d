import { isPulseError, type ErrorCode } from '../../../src/errors.ts';
import { notice } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { Logger } from '../../../src/logging/logger.ts';

/** Notices that take no parameters. */
type SimpleNoticeKey = 'round-closed' | 'link-expired' | 'answer-invalid' | 'forbidden' | 'not-found';

function simpleNotice(key: SimpleNoticeKey, locale: Locale): Notice {
  return notice(key, locale);
}

export type RefusalNotices = Partial<Readonly<Record<ErrorCode, SimpleNoticeKey>>>;

/** PulseError codes whose notice fits wherever they come from. */
const NOTICE_FOR: RefusalNotices = {
  round_closed: 'round-closed',
  round_not_found: 'link-expired',
  token_invalid: 'link-expired',
  statement_unknown: 'link-expired',
  forbidden: 'forbidden',
  not_found: 'not-found',
};

/** For answer clicks, an invalid value means the button: "tap one of the buttons". */
export const ANSWER_REFUSALS: RefusalNotices = { answer_invalid: 'answer-invalid' };

/**
 * What a person is told when the bot refuses or fails: the notice for a
 * known refusal in their language, else the PulseError's own message (written
 * for them); anything unexpected is logged and becomes the generic error notice.
 */
export function refusalNotice(
  error: unknown,
  locale: Locale,
  log: Logger,
  extra: RefusalNotices = {},
): Notice {
  if (isPulseError(error)) {
    const key = extra[error.code] ?? NOTICE_FOR[error.code];
    return key ? simpleNotice(key, locale) : { kind: 'notice', locale, tone: 'warning', text: error.message };
  }
  log.error({ err: error }, 'slack: a listener failed');
  return notice('error', locale);
}
