import type { TeamReport } from '../../../src/messages/types.ts';
import { html, type SafeHtml } from './html.ts';
import type { ReportHtmlOptions } from './report-context-html.ts';
import { relayFormHtml } from './relay-html.ts';

type Comments = NonNullable<TeamReport['comments']>;

/** The released comments with the rule that released them, or why there are none yet. */
export function commentsHtml(comments: Comments, options: ReportHtmlOptions): SafeHtml {
  return 'items' in comments
    ? html`<p class="caveat">${comments.note}</p>
        <ul class="comments">
          ${comments.items.map(
            (item, index) => html`<li>${item}${commentReplyHtml(comments, index, options)}</li>`,
          )}
        </ul>`
    : html`<p class="empty">${comments.hiddenLabel}</p>`;
}

/** A leader's "Reply" under a comment whose writer allowed replies, where the surface sends it. */
function commentReplyHtml(
  comments: Extract<Comments, { items: unknown }>,
  index: number,
  options: ReportHtmlOptions,
): SafeHtml | string {
  const id = comments.replyIds?.[index];
  if (!options.replies || !id || !comments.replyForm || !comments.replyLabel) return '';
  return html`<details class="comment-reply">
    <summary>${comments.replyLabel}</summary>
    ${relayFormHtml({ verb: 'reply', id, label: comments.replyLabel }, comments.replyForm, `${options.idPrefix}-reply-${index}`)}
  </details>`;
}
