import type { MessageKey } from './messages/i18n/catalog.ts';
import type { LocalizedText } from './model/localized-text.ts';

/**
 * The one error type of the project. `code` is stable and machine-readable,
 * `message` is written for the person who has to act on it, and `cause`
 * carries the underlying error for the log.
 */
export const ERROR_CODES = [
  'config_invalid',
  'content_invalid',
  'database_unreachable',
  'migration_failed',
  'round_closed',
  'round_not_found',
  'statement_unknown',
  'token_invalid',
  'not_team_member',
  'answer_invalid',
  'forbidden',
  'not_found',
  'platform_error',
  'usage',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The catalogue's words for a refusal, so each person reads it in their own language. */
export interface RefusalWords {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  /**
   * Lines said after the sentence, one per problem, each already in every
   * language: a wrong configuration names each of its variables this way.
   */
  readonly lines?: readonly LocalizedText[];
}

export class PulseError extends Error {
  readonly code: ErrorCode;
  readonly words: RefusalWords | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; words?: RefusalWords }) {
    super(message, options);
    this.name = 'PulseError';
    this.code = code;
    this.words = options?.words;
  }
}

export function isPulseError(error: unknown, code?: ErrorCode): error is PulseError {
  return error instanceof PulseError && (code === undefined || error.code === code);
}
