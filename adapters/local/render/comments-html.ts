import type { TeamReport } from '../../../src/messages/types.ts';
import { html, type SafeHtml } from './html.ts';
import type { ReportHtmlOptions } from './report-context-html.ts';
import { relayFormHtml } from './relay-html.ts';

type Comments = NonNullable<TeamReport['comments']>;

/**
 * The released comments with the rule that released them, by four-week
 * period where there are several (newest first), or why there are none yet.
 */
export function commentsHtml(comments: Comments, options: ReportHtmlOptions): SafeHtml {
  if (!('items' in comments)) return html`<p class="empty">${comments.hiddenLabel}</p>`;
  const list = (items: readonly string[], offset: number) =>
    html`<ul class="comments">
      ${items.map((item, index) => html`<li>${item}${commentReplyHtml(comments, offset + index, options)}</li>`)}
    </ul>`;
  if (!comments.groups)
    return html`<p class="caveat">${comments.note}</p>
      ${list(comments.items, 0)}`;
  // Each group's comments are the next run of `items`, so their replies keep their place.
  let offset = 0;
  const groups = comments.groups.map((group) => {
    const body = html`<h5 class="comment-period">${group.label}</h5>
      ${list(group.items, offset)}`;
    offset += group.items.length;
    return body;
  });
  return html`<p class="caveat">${comments.note}</p>
    ${groups}`;
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
