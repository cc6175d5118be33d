import type { ActionCheckIn } from '../../../src/messages/types.ts';
import { html, type SafeHtml } from './html.ts';

/** The owner's check-in in the playground: the action, its element and two buttons for the page's script. */
export function actionCheckInHtml(checkIn: ActionCheckIn, idPrefix: string): SafeHtml {
  const titleId = `${idPrefix}-check-in`;
  return html`<article
    class="card action-check-in"
    data-kind="action-check-in"
    data-action-id="${checkIn.actionId}"
    lang="${checkIn.locale}"
  >
    <h3 class="card-title" id="${titleId}">${checkIn.title}</h3>
    <p>${checkIn.text}</p>
    <p class="meta">${checkIn.targetLabel}</p>
    <div class="options" role="group" aria-labelledby="${titleId}">
      <button type="button" class="option" data-action="action-check-in" data-status="done">
        ${checkIn.buttons.done}
      </button>
      <button type="button" class="option" data-action="action-check-in" data-status="working">
        ${checkIn.buttons.working}
      </button>
    </div>
  </article>`;
}
