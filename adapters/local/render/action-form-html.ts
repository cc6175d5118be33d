import type { ActionForm } from '../../../src/messages/index.ts';
import { option } from '../dashboard/post-form.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * "Make this an action" in the playground: the form that opens under a
 * team's nudge for the one who pressed it, in their language. It asks what
 * the team will do (the nudge's title to start from), an owner from the
 * team's members (the one filling it in first) and a due date; the page
 * posts it to /api/actions naming the nudge's message, so the use case
 * checks everything again.
 */
export function actionFormHtml(form: ActionForm, idPrefix: string): SafeHtml {
  const id = (field: string) => `${idPrefix}-action-${field}`;
  return html`<form class="action-form" data-action="action-create" aria-labelledby="${id('heading')}">
    <h4 id="${id('heading')}">${form.labels.title}</h4>
    <p class="meta">${form.targetLabel} · ${form.teamName}</p>
    <label for="${id('title')}">${form.labels.name}</label>
    <input id="${id('title')}" name="title" maxlength="200" value="${form.suggestedTitle}" required />
    <label for="${id('owner')}">${form.labels.owner}</label>
    <select id="${id('owner')}" name="owner">
      ${form.owners.map((owner) => option(owner.platformUserId, owner.name, ''))}
    </select>
    <label for="${id('due')}">${form.labels.due}</label>
    <input id="${id('due')}" name="dueOn" type="date" value="${form.suggestedDue}" required />
    <button type="submit">${form.labels.submit}</button>
  </form>`;
}
