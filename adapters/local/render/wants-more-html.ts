import { wantsMoreNotes } from '../../../src/messages/index.ts';
import type { WantsMoreSection } from '../../../src/messages/types.ts';
import { html, type SafeHtml } from './html.ts';

/** The values the team most wants more of, most wanted first, then what is not asked yet and the window. */
export function wantsMoreHtml(section: WantsMoreSection): SafeHtml {
  return html`${
    section.top.length > 0
      ? html`<ol class="wants-more">
          ${section.top.map(
            (row) =>
              html`<li data-value="${row.valueKey}">
                <strong>${row.label}</strong> <span class="facet">(${row.facetLabel})</span>: ${row.summary}
              </li>`,
          )}
        </ol>`
      : ''
  }
  ${wantsMoreNotes(section).map((note) => html`<p class="score-window">${note}</p>`)}`;
}
