import { isPulseError, PulseError, type ErrorCode, type RefusalWords } from '../errors.ts';
import type { Locale } from '../model/keys.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import type { MessageKey } from './i18n/catalog.ts';
import { t, type MessageParams } from './i18n/translate.ts';
import { notice } from './notices.ts';
import type { Notice } from './types.ts';

/** Notices that take no parameters and say why something was refused. */
export type RefusalNoticeKey =
  | 'round-closed'
  | 'link-expired'
  | 'answer-invalid'
  | 'forbidden'
  | 'not-found'
  | 'not-yours'
  | 'not-in-team';

export type RefusalNotices = Partial<Readonly<Record<ErrorCode, RefusalNoticeKey>>>;

/** PulseError codes whose notice fits wherever they come from. */
const NOTICE_FOR: RefusalNotices = {
  round_closed: 'round-closed',
  round_not_found: 'link-expired',
  token_invalid: 'not-yours',
  statement_unknown: 'link-expired',
  not_team_member: 'not-in-team',
  forbidden: 'forbidden',
  not_found: 'not-found',
};

/** For answer clicks, an invalid value means the button: "tap one of the buttons". */
export const ANSWER_REFUSALS: RefusalNotices = { answer_invalid: 'answer-invalid' };

/**
 * A refusal from a use case, said in the catalogue's words: each person reads
 * it in their language (`refusalFor`, the CLI in the admin's), the log in English.
 * `lines` follow the sentence, one per problem (a wrong configuration's
 * variables); `cause` is the underlying error, for the log.
 */
export function refusal(
  code: ErrorCode,
  key: MessageKey,
  params: MessageParams = {},
  more: { readonly lines?: readonly LocalizedText[]; readonly cause?: unknown } = {},
): PulseError {
  const words: RefusalWords = { key, params, ...(more.lines ? { lines: more.lines } : {}) };
  return new PulseError(code, refusalText(words, 'en'), {
    words,
    ...(more.cause === undefined ? {} : { cause: more.cause }),
  });
}

/** A refusal's words in `locale`, with its lines (one per problem) indented under the sentence. */
export function refusalText(words: RefusalWords, locale: Locale): string {
  const lines = (words.lines ?? []).map((line) => `\n  ${line[locale]}`);
  return t(locale, words.key, words.params) + lines.join('');
}

/**
 * What a person is told when the bot refuses: the refusal's own words or the
 * notice for a known refusal, in their language; else the PulseError's
 * message. Undefined for anything that is not a PulseError: the caller logs
 * it and says something went wrong (see `failureNotice`).
 */
export function refusalFor(error: unknown, locale: Locale, extra: RefusalNotices = {}): Notice | undefined {
  if (!isPulseError(error)) return undefined;
  if (error.words) {
    return { kind: 'notice', locale, tone: 'warning', text: refusalText(error.words, locale) };
  }
  const key = extra[error.code] ?? NOTICE_FOR[error.code];
  return key ? notice(key, locale) : { kind: 'notice', locale, tone: 'warning', text: error.message };
}

/**
 * What a person is told about any failure, in their language: the refusal
 * when the bot refused, else the notice that something went wrong on its
 * side; `unexpected` then tells the caller to log the error. Chat handlers
 * and the web pages all answer with it.
 */
export function failureNotice(
  error: unknown,
  locale: Locale,
  extra: RefusalNotices = {},
): { readonly notice: Notice; readonly unexpected: boolean } {
  const refusal = refusalFor(error, locale, extra);
  return refusal
    ? { notice: refusal, unexpected: false }
    : { notice: notice('error', locale), unexpected: true };
}
