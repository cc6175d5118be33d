import type { NudgePost } from '../../../src/messages/types.ts';
import { ACTION } from './action-ids.ts';
import type { SlackMessage } from './slack-message.ts';
import { context, escapeMrkdwn, plain, section, truncate } from './text.ts';

/**
 * A nudge in the team's channel: one small action, why it matters, how long
 * it takes, and two feedback buttons whose value is the post id. The tally
 * appears once someone has answered.
 */
export function renderNudgePost(post: NudgePost): SlackMessage {
  const blocks: SlackMessage['blocks'] = [];
  if (post.intro) blocks.push(section(escapeMrkdwn(post.intro)));
  blocks.push(section(`:bulb: *${escapeMrkdwn(post.title)}*\n${escapeMrkdwn(post.action)}`, 'nudge:body'));
  if (post.why) blocks.push(context(escapeMrkdwn(post.why)));
  blocks.push(
    context(`:stopwatch: ${escapeMrkdwn(post.minutesLabel)}`, `:dart: ${escapeMrkdwn(post.targetLabel)}`),
  );
  blocks.push({
    type: 'actions',
    block_id: 'nudge:feedback',
    elements: [
      {
        type: 'button',
        action_id: ACTION.nudgeDidThis,
        text: plain(post.feedback.didThis, 75),
        value: post.postId,
      },
      {
        type: 'button',
        action_id: ACTION.nudgeNotForUs,
        text: plain(post.feedback.notForUs, 75),
        value: post.postId,
      },
      ...(post.makeAction
        ? [
            {
              type: 'button' as const,
              action_id: ACTION.nudgeMakeAction,
              text: plain(post.makeAction, 75),
              value: post.postId,
            },
          ]
        : []),
    ],
  });
  if (post.tally) {
    blocks.push(
      context(
        `:white_check_mark: ${escapeMrkdwn(post.feedback.didThis)}: *${post.tally.didThis}*`,
        `:wave: ${escapeMrkdwn(post.feedback.notForUs)}: *${post.tally.notForUs}*`,
      ),
    );
  }
  return { text: truncate(`${post.title}: ${post.action}`, 300), blocks };
}
