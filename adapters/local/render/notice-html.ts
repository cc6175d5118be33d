import type { Notice } from '../../../src/messages/types.ts';
import { html, safeUrl, type SafeHtml } from './html.ts';

/** A notice: a titled line of text with a tone, and maybe a link. */
export function noticeHtml(notice: Notice): SafeHtml {
  const href = notice.link ? safeUrl(notice.link.url) : undefined;
  return html`<article class="card notice tone-${notice.tone}" data-kind="notice" lang="${notice.locale}">
    ${notice.title ? html`<h3 class="card-title">${notice.title}</h3>` : ''}
    <p>${notice.text}</p>
    ${
      notice.link
        ? href
          ? html`<p><a href="${href}">${notice.link.label}</a></p>`
          : html`<p>${notice.link.label}</p>`
        : ''
    }
  </article>`;
}
