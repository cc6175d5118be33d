import { notice, refusalFor, type RefusalNotices } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { Logger } from '../../../src/logging/logger.ts';

/**
 * What a person is told in Slack when the bot refuses or fails: the refusal
 * in their language (src/messages/refusals.ts); anything unexpected is
 * logged and becomes the generic error notice.
 */
export function refusalNotice(
  error: unknown,
  locale: Locale,
  log: Logger,
  extra: RefusalNotices = {},
): Notice {
  const refusal = refusalFor(error, locale, extra);
  if (refusal) return refusal;
  log.error({ err: error }, 'slack: a listener failed');
  return notice('error', locale);
}
