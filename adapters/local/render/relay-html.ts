import type { RelayMessage } from '../../../src/messages/relay-message.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * A message passed on in an anonymous conversation about a comment: the
 * quoted comment, the message, its note, and the form that answers it (the
 * writer's "Answer" on the thread, or a leader's "Reply" on the comment).
 */
export function relayHtml(doc: RelayMessage, idPrefix: string): SafeHtml {
  const fieldId = `${idPrefix}-relay-text`;
  return html`<article class="card relay" data-kind="relay" lang="${doc.locale}">
    <h3 class="card-title">${doc.title}</h3>
    <p class="meta">${doc.quote}</p>
    <blockquote class="relayed">${doc.text}</blockquote>
    <p class="meta">${doc.note}</p>
    <form class="relay-form" data-action="relay" data-verb="${doc.respond.verb}" data-id="${doc.respond.id}">
      <label for="${fieldId}">${doc.form.label}</label>
      <textarea id="${fieldId}" name="text" maxlength="2000" required></textarea>
      <p class="meta">${doc.form.hint}</p>
      <button type="submit" class="option">${doc.respond.label}</button>
    </form>
  </article>`;
}
