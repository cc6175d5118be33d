import type { ErasureRequest } from '../../../src/messages/erasure-request.ts';
import type { SlackMessage } from './slack-message.ts';
import { escapeMrkdwn, header, plain, section, truncate } from './text.ts';

/** The action id of the button that confirms an erasure; its value is the subject's person id. */
export const ERASE_ACTION = 'rights:erase';

/** What an erasure removes and what stays, with a danger button that confirms it. */
export function renderErasureRequest(request: ErasureRequest): SlackMessage {
  const list = (heading: string, items: readonly string[]) =>
    section(`*${escapeMrkdwn(heading)}*\n${items.map((item) => `• ${escapeMrkdwn(item)}`).join('\n')}`);
  return {
    text: truncate(`${request.title} ${request.intro}`, 3000),
    blocks: [
      header(request.title),
      section(escapeMrkdwn(request.intro)),
      list(request.removes.heading, request.removes.items),
      list(request.stays.heading, request.stays.items),
      {
        type: 'actions',
        block_id: 'rights:erase',
        elements: [
          {
            type: 'button',
            action_id: ERASE_ACTION,
            style: 'danger',
            text: plain(request.confirmLabel, 75),
            value: request.subjectId,
          },
        ],
      },
    ],
  };
}
