import type { Locale } from '../model/keys.ts';
import { localDate } from './dates.ts';
import { t, type MessageParams } from './i18n/translate.ts';
import type { MessageKey } from './i18n/catalog.ts';
import type { Notice } from './types.ts';

/** The form a person fills in to answer (the writer) or reply (a leader), in their language. */
export interface RelayForm {
  readonly title: string;
  readonly label: string;
  readonly hint: string;
  readonly send: string;
}

/**
 * A message passed on in an anonymous conversation about a comment: to the
 * writer, a leader's reply with an "Answer" button on the thread; to the
 * leader, the writer's answer with a "Reply" button on the comment. Neither
 * names the writer; the ids are opaque.
 */
export interface RelayMessage {
  readonly kind: 'relay';
  readonly locale: Locale;
  readonly title: string;
  /** The comment the conversation is about, quoted. */
  readonly quote: string;
  /** The message passed on, as its author wrote it. */
  readonly text: string;
  readonly note: string;
  /** `answer` (the writer, on a thread id) or `reply` (a leader, on a comment id). */
  readonly respond: { readonly verb: 'answer' | 'reply'; readonly id: string; readonly label: string };
  readonly form: RelayForm;
}

/** The words of the form for a verb: the writer's "Answer" or a leader's "Reply". */
export function relayForm(locale: Locale, verb: 'answer' | 'reply'): RelayForm {
  return {
    title: t(locale, `relay.${verb}.title`),
    label: t(locale, `relay.${verb}.label`),
    hint: t(locale, `relay.${verb}.hint`),
    send: t(locale, 'relay.send'),
  };
}

/** Who a relayed message goes to: the writer (a leader's reply) or the leader (the writer's answer). */
type RelaySide = 'toWriter' | 'toLeader';

/** What the reader of each side may send back, and the button that opens its form. */
const RESPONSE = {
  toWriter: { verb: 'answer', label: 'relay.answer' },
  toLeader: { verb: 'reply', label: 'relay.reply' },
} as const satisfies Record<RelaySide, { verb: RelayMessage['respond']['verb']; label: MessageKey }>;

interface RelayInput {
  /** The thread the writer answers on, or the comment a leader replies to. */
  readonly id: string;
  readonly comment: string;
  readonly text: string;
  readonly until: Date;
}

/** A relayed message for one side of the conversation, in its reader's language and zone. */
function relayMessage(side: RelaySide, input: RelayInput, locale: Locale, timeZone: string): RelayMessage {
  const { verb, label } = RESPONSE[side];
  return {
    kind: 'relay',
    locale,
    title: t(locale, `relay.${side}.title`),
    quote: t(locale, `relay.${side}.comment`, { comment: input.comment }),
    text: input.text,
    note: t(locale, `relay.${side}.note`, { date: localDate(input.until, timeZone, locale) }),
    respond: { verb, id: input.id, label: t(locale, label) },
    form: relayForm(locale, verb),
  };
}

/** A leader's reply as the writer receives it. */
export function replyToWriter(
  input: { readonly threadId: string; readonly comment: string; readonly text: string; readonly until: Date },
  locale: Locale,
  timeZone: string,
): RelayMessage {
  const { threadId, ...rest } = input;
  return relayMessage('toWriter', { id: threadId, ...rest }, locale, timeZone);
}

/** The writer's answer as the leader receives it. */
export function answerToLeader(
  input: {
    readonly commentId: string;
    readonly comment: string;
    readonly text: string;
    readonly until: Date;
  },
  locale: Locale,
  timeZone: string,
): RelayMessage {
  const { commentId, ...rest } = input;
  return relayMessage('toLeader', { id: commentId, ...rest }, locale, timeZone);
}

/** Keys of the relay's notices: what the sender is told after a send, or why nothing was sent. */
export type RelayNoticeKey =
  | 'relay.sent'
  | 'relay.answered'
  | 'relay.expired'
  | 'relay.unavailable'
  | 'relay.tooMany'
  | 'relay.notLeader'
  | 'relay.notYours'
  | 'relay.empty'
  | 'relay.tooLong';

const SUCCESS: ReadonlySet<MessageKey> = new Set<MessageKey>(['relay.sent', 'relay.answered']);

/** A relay notice in the sender's language: success for a send, a warning for a refusal. */
export function relayNotice(key: RelayNoticeKey, locale: Locale, params: MessageParams = {}): Notice {
  return {
    kind: 'notice',
    locale,
    tone: SUCCESS.has(key) ? 'success' : 'warning',
    text: t(locale, key, params),
  };
}
