import type { types } from '@slack/bolt';
import type { Notice, PulseCard } from '../../../src/messages/types.ts';
import { CALLBACK, encodeCommentValue } from './action-ids.ts';
import { renderNotice } from './notice.ts';
import { context, escapeMrkdwn, plain, truncate } from './text.ts';

/** The block and action ids of the comment input, read back from view_submission. */
export const COMMENT_INPUT = { blockId: 'comment', actionId: 'text' } as const;
/** The "allow replies" checkbox: its one option's value, when ticked, in view_submission. */
export const ALLOW_REPLIES_INPUT = { blockId: 'allow-replies', actionId: 'allow', value: 'allow' } as const;

/** Comments longer than this are refused by the input itself. */
export const COMMENT_MAX_LENGTH = 2000;

/**
 * The "add a comment" modal. `private_metadata` carries the ledger token and
 * where the card lives, so the submission reaches the right round.
 */
export function renderCommentModal(
  card: PulseCard,
  cardAt?: { channel: string; ts: string },
): types.ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.comment,
    private_metadata: encodeCommentValue({
      t: card.token,
      ...(cardAt ? { c: cardAt.channel, m: cardAt.ts } : {}),
    }),
    title: plain(card.labels.addComment, 24),
    submit: plain(card.labels.commentSubmit, 24),
    blocks: [
      {
        type: 'input',
        block_id: COMMENT_INPUT.blockId,
        label: plain(card.labels.addComment, 2000),
        element: {
          type: 'plain_text_input',
          action_id: COMMENT_INPUT.actionId,
          multiline: true,
          max_length: COMMENT_MAX_LENGTH,
          placeholder: plain(card.labels.commentPlaceholder, 150),
        },
      },
      ...allowRepliesBlocks(card.labels.allowReplies),
      context(`:lock: ${escapeMrkdwn(card.privacyLine)}`),
    ],
  };
}

/** What the modal turns into after a submission: the notice the use case returned. */
export function renderNoticeModal(notice: Notice, title: string): types.ModalView {
  return {
    type: 'modal',
    title: plain(truncate(notice.title ?? title, 24), 24),
    blocks: renderNotice(notice).blocks,
  };
}

/** The opt-in to replies, as an optional checkbox; none when the card does not offer it. */
function allowRepliesBlocks(words: PulseCard['labels']['allowReplies']): types.InputBlock[] {
  if (!words) return [];
  return [
    {
      type: 'input',
      block_id: ALLOW_REPLIES_INPUT.blockId,
      optional: true,
      label: plain(words.label, 2000),
      element: {
        type: 'checkboxes',
        action_id: ALLOW_REPLIES_INPUT.actionId,
        options: [
          {
            text: plain(words.label, 75),
            description: plain(truncate(words.hint, 150), 150),
            value: ALLOW_REPLIES_INPUT.value,
          },
        ],
      },
    },
  ];
}
