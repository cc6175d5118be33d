import { failureNotice, type RefusalNotices } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { Logger } from '../../../src/logging/logger.ts';

/**
 * What a person is told in Slack when the bot refuses or fails: the same
 * notice in their language as on every surface (src/messages/refusals.ts);
 * anything unexpected is logged as well.
 */
export function refusalNotice(
  error: unknown,
  locale: Locale,
  log: Logger,
  extra: RefusalNotices = {},
): Notice {
  const failure = failureNotice(error, locale, extra);
  if (failure.unexpected) log.error({ err: error }, 'slack: a listener failed');
  return failure.notice;
}
