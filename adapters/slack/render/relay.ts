import type { types } from '@slack/bolt';
import type { RelayForm, RelayMessage } from '../../../src/messages/relay-message.ts';
import { ACTION, CALLBACK } from './action-ids.ts';
import type { SlackMessage } from './slack-message.ts';
import { context, escapeMrkdwn, header, plain, section, truncate } from './text.ts';

/** The block and action ids of a relay form's text, read back from view_submission. */
export const RELAY_INPUT = { blockId: 'relay', actionId: 'text' } as const;
/** Relayed messages longer than this are refused by the input itself (the use case refuses them too). */
const RELAY_INPUT_MAX = 2000;

/** A message passed on in an anonymous conversation: the quoted comment, the message, and its button. */
export function renderRelayMessage(doc: RelayMessage): SlackMessage {
  const quote = `> ${escapeMrkdwn(truncate(doc.text, 2900)).replace(/\n/g, '\n> ')}`;
  return {
    text: `${doc.title}: ${truncate(doc.text, 200)}`,
    blocks: [
      header(doc.title),
      context(escapeMrkdwn(truncate(doc.quote, 2900))),
      section(quote),
      context(escapeMrkdwn(doc.note)),
      {
        type: 'actions',
        elements: [relayButton(doc.respond.verb, doc.respond.id, doc.respond.label)],
      },
    ],
  };
}

/**
 * The button that opens a relay form: a leader's "Reply" (a comment id; under
 * a report's comment, numbered by its `position`) or the writer's "Answer" (a thread id).
 */
export function relayButton(
  verb: 'answer' | 'reply',
  id: string,
  label: string,
  position?: number,
): types.Button {
  const actionId = verb === 'reply' ? ACTION.relayReply : ACTION.relayAnswer;
  return {
    type: 'button',
    action_id: position === undefined ? actionId : `${actionId}:${position}`,
    text: plain(label, 75),
    value: id,
  };
}

/** The form a relay button opens; `private_metadata` carries the id the button named. */
export function renderRelayModal(verb: 'answer' | 'reply', id: string, form: RelayForm): types.ModalView {
  return {
    type: 'modal',
    callback_id: verb === 'reply' ? CALLBACK.relayReply : CALLBACK.relayAnswer,
    private_metadata: id,
    title: plain(truncate(form.title, 24), 24),
    submit: plain(truncate(form.send, 24), 24),
    blocks: [
      {
        type: 'input',
        block_id: RELAY_INPUT.blockId,
        label: plain(form.label, 2000),
        element: {
          type: 'plain_text_input',
          action_id: RELAY_INPUT.actionId,
          multiline: true,
          max_length: RELAY_INPUT_MAX,
        },
      },
      context(`:lock: ${escapeMrkdwn(form.hint)}`),
    ],
  };
}
