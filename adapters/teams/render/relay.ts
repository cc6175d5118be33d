import type { RelayForm, RelayMessage } from '../../../src/messages/relay-message.ts';
import {
  actionSet,
  card,
  heading,
  subtle,
  text,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { COMMENT_MAX_LENGTH, relayInputId, VERB } from './verbs.ts';

/** A message passed on in an anonymous conversation about a comment, with the box and button that answer it. */
export function renderRelayMessage(doc: RelayMessage): AdaptiveCard {
  return card(
    [
      heading(doc.title),
      subtle(doc.quote),
      text(doc.text),
      subtle(doc.note),
      ...relayFormBlocks(doc.respond, doc.form, relayInputId()),
    ],
    `${doc.title}: ${doc.text}`,
  );
}

/**
 * A relay text box and its button: a leader's "Reply" (a comment id) or the
 * writer's "Answer" (a thread id). The tap names its box, as a card sends
 * every box with each tap.
 */
export function relayFormBlocks(
  respond: { readonly verb: 'answer' | 'reply'; readonly id: string; readonly label: string },
  form: RelayForm,
  inputId: string,
): CardElement[] {
  return [
    {
      type: 'Input.Text',
      id: inputId,
      label: form.label,
      placeholder: form.hint,
      isMultiline: true,
      maxLength: COMMENT_MAX_LENGTH,
    },
    actionSet([
      {
        type: 'Action.Execute',
        title: respond.label,
        verb: respond.verb === 'reply' ? VERB.relayReply : VERB.relayAnswer,
        data: { i: respond.id, n: inputId },
      },
    ]),
  ];
}
