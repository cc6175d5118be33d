import type { Notice } from '../../../src/messages/types.ts';
import { card, heading, openUrl, text, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { teamsPhrase } from './feature-reach.ts';

const TONE: Readonly<
  Record<Notice['tone'], { readonly mark: string; readonly color?: 'Warning' | 'Attention' }>
> = {
  info: { mark: 'ℹ️' },
  success: { mark: '✅' },
  warning: { mark: '⚠️', color: 'Warning' },
  error: { mark: '❌', color: 'Attention' },
};

function noticeBlocks(notice: Notice): CardElement[] {
  const tone = TONE[notice.tone];
  const body = text(
    `${tone.mark} ${teamsPhrase(notice.text, notice.locale)}`,
    tone.color ? { color: tone.color } : {},
  );
  return notice.title ? [heading(notice.title), body] : [body];
}

/**
 * A short message: an optional title, the text with a mark for its tone, and
 * the link as a button. Refusals (`refusalFor` in src/messages) are notices
 * too, so they render here.
 */
export function renderNotice(notice: Notice): AdaptiveCard {
  const words = teamsPhrase(notice.text, notice.locale);
  const fallback = notice.title ? `${notice.title}: ${words}` : words;
  return card(noticeBlocks(notice), fallback, {
    actions: notice.link ? [openUrl(notice.link.label, notice.link.url)] : [],
  });
}
