import type { ActionCheckIn } from '../../../src/messages/types.ts';
import { ACTION } from './action-ids.ts';
import type { SlackMessage } from './slack-message.ts';
import { context, escapeMrkdwn, header, plain, section, truncate } from './text.ts';

/** The owner's check-in: the action, its element and two buttons whose value is the action id. */
export function renderActionCheckIn(checkIn: ActionCheckIn): SlackMessage {
  return {
    text: truncate(`${checkIn.title}: ${checkIn.text}`, 300),
    blocks: [
      header(checkIn.title),
      section(escapeMrkdwn(checkIn.text)),
      context(`:dart: ${escapeMrkdwn(checkIn.targetLabel)}`),
      {
        type: 'actions',
        block_id: 'action:check-in',
        elements: [
          {
            type: 'button',
            action_id: ACTION.actionDone,
            style: 'primary',
            text: plain(checkIn.buttons.done, 75),
            value: checkIn.actionId,
          },
          {
            type: 'button',
            action_id: ACTION.actionWorking,
            text: plain(checkIn.buttons.working, 75),
            value: checkIn.actionId,
          },
        ],
      },
    ],
  };
}
