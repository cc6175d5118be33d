import { z } from 'zod';

/**
 * The action ids and callback ids the Slack adapter renders and listens to.
 * Answer buttons carry their position (`pulse:answer:<item>:<option>`) so
 * every action id in a message is unique; what the click means travels in the
 * button's value.
 */
export const ACTION = {
  answerPrefix: 'pulse:answer:',
  comment: 'pulse:comment',
  nudgeDidThis: 'nudge:did-this',
  nudgeNotForUs: 'nudge:not-for-us',
  nudgeMakeAction: 'nudge:make-action',
  actionDone: 'action:done',
  actionWorking: 'action:working',
  pause: 'settings:pause',
  resume: 'settings:resume',
  languagePrefix: 'settings:language:',
  workingHours: 'settings:working-hours',
  linkPrefix: 'link:',
  relayReply: 'relay:reply',
  relayAnswer: 'relay:answer',
} as const;

export const ANSWER_ACTION = /^pulse:answer:\d+:\d+$/;
/** A "Reply" under a report's comment carries its place (`relay:reply:<n>`), so a report's several are unique. */
export const RELAY_REPLY_ACTION = /^relay:reply(:\d+)?$/;
export const LANGUAGE_ACTION = /^settings:language:(en|nl)$/;
/** URL buttons still send an interaction payload, which only needs an ack. */
export const LINK_ACTION = /^link:/;

export const CALLBACK = {
  comment: 'pulse:comment',
  relayReply: 'relay:reply',
  relayAnswer: 'relay:answer',
  newAction: 'action:new',
} as const;

export function answerActionId(item: number, option: number): string {
  return `${ACTION.answerPrefix}${item}:${option}`;
}

/** What an answer button means: the ledger token, the statement and the value (null is "don't know"). */
export interface AnswerValue {
  readonly t: string;
  readonly s: string;
  readonly v: number | null;
}

const answerValue = z.object({
  t: z.string().min(1).max(500),
  s: z.string().min(1).max(500),
  v: z.number().int().min(0).max(10).nullable(),
});

const BUTTON_VALUE_MAX = 2000;

export function encodeAnswerValue(value: AnswerValue): string {
  const encoded = JSON.stringify({ t: value.t, s: value.s, v: value.v });
  if (encoded.length > BUTTON_VALUE_MAX) {
    throw new RangeError(`An answer button value is ${encoded.length} characters; Slack allows 2000.`);
  }
  return encoded;
}

/** Parses a button value from a click; anything malformed or forged gives undefined. */
export function decodeAnswerValue(raw: unknown): AnswerValue | undefined {
  if (typeof raw !== 'string') return undefined;
  const parsed = answerValue.safeParse(safeJson(raw));
  return parsed.success ? parsed.data : undefined;
}

/** The "add a comment" button and the modal it opens carry the ledger token, and where the card lives. */
export interface CommentValue {
  readonly t: string;
  /** Channel and ts of the pulse card, so it can be refreshed after the comment. */
  readonly c?: string;
  readonly m?: string;
}

const commentValue = z.object({
  t: z.string().min(1).max(500),
  c: z.string().max(100).optional(),
  m: z.string().max(100).optional(),
});

export function encodeCommentValue(value: CommentValue): string {
  return JSON.stringify(value);
}

export function decodeCommentValue(raw: unknown): CommentValue | undefined {
  if (typeof raw !== 'string') return undefined;
  const parsed = commentValue.safeParse(safeJson(raw));
  if (!parsed.success) return undefined;
  const { t, c, m } = parsed.data;
  return { t, ...(c === undefined ? {} : { c }), ...(m === undefined ? {} : { m }) };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
