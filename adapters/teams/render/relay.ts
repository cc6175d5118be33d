import type { RelayMessage } from '../../../src/messages/relay-message.ts';
import { card, heading, subtle, text, type AdaptiveCard } from './adaptive-card.ts';

/**
 * A message passed on in an anonymous conversation about a comment. Teams
 * has no form to answer it yet (see the adapter's README): the card shows the
 * quoted comment, the message and its note.
 */
export function renderRelayMessage(doc: RelayMessage): AdaptiveCard {
  return card(
    [heading(doc.title), subtle(doc.quote), text(doc.text), subtle(doc.note)],
    `${doc.title}: ${doc.text}`,
  );
}
