import { PlatformSendError } from '../../../src/app/ports.ts';

/**
 * Error codes with which the Bot Connector says the person cannot be reached
 * by this bot at all (Microsoft's "status codes from bot conversational
 * APIs": not to be retried). Any other failure may pass.
 */
export const UNREACHABLE: ReadonlyMap<number, ReadonlySet<string>> = new Map([
  [403, new Set(['ConversationBlockedByUser', 'BotNotInConversationRoster', 'BotDisabledByAdmin'])],
  [404, new Set(['ConversationNotFound'])],
]);

/** Statuses Microsoft says to retry with exponential back-off. */
export const RETRIED_STATUSES: ReadonlySet<number> = new Set([412, 502, 503, 504]);

/** A failed Bot Connector call, with the HTTP status and Microsoft's error code (e.g. `ConversationBlockedByUser`). */
export class ConnectorError extends PlatformSendError {
  readonly operation: string;
  readonly status: number;
  readonly code: string;

  constructor(
    operation: string,
    status: number,
    code: string,
    detail: string | undefined,
    options: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    const http = status > 0 ? `HTTP ${status} ` : '';
    super(`Teams ${operation} failed: ${http}${code}${detail ? ` (${detail})` : ''}`, options);
    this.name = 'ConnectorError';
    this.operation = operation;
    this.status = status;
    this.code = code;
  }
}

/** Microsoft's error body, `{ "error": { "code", "message" } }`, or `{ "message" }` from the gateway. */
export function errorBody(text: string): { code: string | undefined; message: string | undefined } {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown }; message?: unknown };
    const code = parsed.error?.code;
    const message = parsed.error?.message ?? parsed.message;
    return {
      code: typeof code === 'string' ? code : undefined,
      message: typeof message === 'string' ? message.slice(0, 200) : undefined,
    };
  } catch {
    return { code: undefined, message: undefined };
  }
}

/** Network errors raised before the request left (fetch puts the socket's code in `cause`). */
export function failedBeforeSending(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return (
    typeof code === 'string' &&
    ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'].includes(code)
  );
}
