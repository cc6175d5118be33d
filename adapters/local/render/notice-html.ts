import { spell, type FeatureReach } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import { html, safeUrl, type SafeHtml } from './html.ts';

/** A notice: a titled line of text with a tone, and maybe a link; `reach` spells the features it points to. */
export function noticeHtml(notice: Notice, reach: FeatureReach): SafeHtml {
  const href = notice.link ? safeUrl(notice.link.url) : undefined;
  return html`<article class="card notice tone-${notice.tone}" data-kind="notice" lang="${notice.locale}">
    ${notice.title ? html`<h3 class="card-title">${notice.title}</h3>` : ''}
    <p>${spell(notice.text, notice.locale, reach)}</p>
    ${
      notice.link
        ? href
          ? html`<p><a href="${href}">${notice.link.label}</a></p>`
          : html`<p>${notice.link.label}</p>`
        : ''
    }
  </article>`;
}
