import type { Notice } from '../../../src/messages/types.ts';
import type { SlackMessage } from './slack-message.ts';
import { ACTION } from './action-ids.ts';
import { slackPhrase } from './feature-reach.ts';
import { escapeMrkdwn, header, plain, section, truncate } from './text.ts';

const TONE_EMOJI: Readonly<Record<Notice['tone'], string>> = {
  info: ':information_source:',
  success: ':white_check_mark:',
  warning: ':warning:',
  error: ':x:',
};

/**
 * A short message: an optional title, the text with an emoji for its tone
 * (features it points to as /pulse commands), and an optional link button.
 */
export function renderNotice(notice: Notice): SlackMessage {
  const words = slackPhrase(notice.text, notice.locale);
  const body = section(`${TONE_EMOJI[notice.tone]} ${escapeMrkdwn(words)}`);
  if (notice.link) {
    body.accessory = {
      type: 'button',
      action_id: `${ACTION.linkPrefix}notice`,
      text: plain(notice.link.label, 75),
      url: notice.link.url,
    };
  }
  const blocks = notice.title ? [header(notice.title), body] : [body];
  const text = notice.title ? `${notice.title}: ${words}` : words;
  return { text: truncate(text, 3000), blocks };
}
