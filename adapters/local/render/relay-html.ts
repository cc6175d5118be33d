import type { RelayForm, RelayMessage } from '../../../src/messages/relay-message.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * A message passed on in an anonymous conversation about a comment: the
 * quoted comment, the message, its note, and the form that answers it (the
 * writer's "Answer" on the thread, or a leader's "Reply" on the comment).
 */
export function relayHtml(doc: RelayMessage, idPrefix: string): SafeHtml {
  return html`<article class="card relay" data-kind="relay" lang="${doc.locale}">
    <h3 class="card-title">${doc.title}</h3>
    <p class="meta">${doc.quote}</p>
    <blockquote class="relayed">${doc.text}</blockquote>
    <p class="meta">${doc.note}</p>
    ${relayFormHtml(doc.respond, doc.form, `${idPrefix}-relay`)}
  </article>`;
}

/** The form of a relay button: its verb and opaque id travel to /api/actions with the message it sits in. */
export function relayFormHtml(
  respond: { readonly verb: 'answer' | 'reply'; readonly id: string; readonly label: string },
  form: RelayForm,
  fieldId: string,
): SafeHtml {
  return html`<form
    class="relay-form"
    data-action="relay"
    data-verb="${respond.verb}"
    data-id="${respond.id}"
  >
    <label for="${fieldId}">${form.label}</label>
    <textarea id="${fieldId}" name="text" rows="2" maxlength="2000" required></textarea>
    <p class="meta">${form.hint}</p>
    <button type="submit" class="option">${respond.label}</button>
  </form>`;
}
