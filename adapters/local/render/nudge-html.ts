import type { NudgePost } from '../../../src/messages/types.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * A nudge in a team channel: one small action, why, two feedback buttons
 * with the tally and, under a team's nudge, "Make this an action" (which
 * opens the action form for whoever may make one).
 */
export function nudgeHtml(nudge: NudgePost, idPrefix: string): SafeHtml {
  const titleId = `${idPrefix}-nudge`;
  const count = (value: number | undefined): SafeHtml =>
    value === undefined ? html`` : html` <span class="tally">${value}</span>`;
  return html`<article
    class="card nudge"
    data-kind="nudge"
    data-post-id="${nudge.postId}"
    lang="${nudge.locale}"
  >
    <p class="intro">${nudge.intro}</p>
    <h3 class="card-title" id="${titleId}">${nudge.title}</h3>
    <p class="action">${nudge.action}</p>
    ${nudge.whyLabel ? html`<h4 class="why-label">${nudge.whyLabel}</h4>` : ''}
    <p class="why">${nudge.why}</p>
    <p class="meta">${nudge.targetLabel} · ${nudge.minutesLabel}</p>
    <div class="options" role="group" aria-labelledby="${titleId}">
      <button type="button" class="option" data-action="nudge-feedback" data-feedback="did-this">
        ${nudge.feedback.didThis}${count(nudge.tally?.didThis)}
      </button>
      <button type="button" class="option" data-action="nudge-feedback" data-feedback="not-for-us">
        ${nudge.feedback.notForUs}${count(nudge.tally?.notForUs)}
      </button>
      ${
        nudge.makeAction
          ? html`<button type="button" class="option" data-action="action-form">${nudge.makeAction}</button>`
          : ''
      }
    </div>
    ${nudge.tallyLabel ? html`<p class="tally-label meta">${nudge.tallyLabel}</p>` : ''}
  </article>`;
}
