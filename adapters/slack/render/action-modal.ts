import type { types } from '@slack/bolt';
import type { ActionForm } from '../../../src/messages/index.ts';
import { CALLBACK } from './action-ids.ts';
import { context, escapeMrkdwn, plain } from './text.ts';

/** The block and action ids of the modal's inputs, read back from view_submission. */
export const ACTION_INPUT = {
  title: { blockId: 'action-title', actionId: 'title' },
  owner: { blockId: 'action-owner', actionId: 'owner' },
  due: { blockId: 'action-due', actionId: 'due' },
} as const;

/** Slack's static select takes at most 100 options: a team's first hundred members by name. */
const MAX_OWNERS = 100;

/**
 * "Make this an action": a title (the nudge's, to start from), an owner from
 * the team's members and a due date. `private_metadata` carries the nudge
 * post id, so the submission is checked again against who submits it.
 */
export function renderActionModal(form: ActionForm): types.ModalView {
  const owners = form.owners.slice(0, MAX_OWNERS).map((owner) => ({
    text: plain(owner.name, 75),
    value: owner.platformUserId,
  }));
  return {
    type: 'modal',
    callback_id: CALLBACK.newAction,
    private_metadata: form.nudgePostId ?? '',
    title: plain(form.labels.title, 24),
    submit: plain(form.labels.submit, 24),
    blocks: [
      context(`:dart: ${escapeMrkdwn(form.targetLabel)} · ${escapeMrkdwn(form.teamName)}`),
      {
        type: 'input',
        block_id: ACTION_INPUT.title.blockId,
        label: plain(form.labels.name, 2000),
        element: {
          type: 'plain_text_input',
          action_id: ACTION_INPUT.title.actionId,
          max_length: 200,
          initial_value: form.suggestedTitle.slice(0, 200),
        },
      },
      {
        type: 'input',
        block_id: ACTION_INPUT.owner.blockId,
        label: plain(form.labels.owner, 2000),
        element: {
          type: 'static_select',
          action_id: ACTION_INPUT.owner.actionId,
          options: owners,
          ...(owners[0] ? { initial_option: owners[0] } : {}),
        },
      },
      {
        type: 'input',
        block_id: ACTION_INPUT.due.blockId,
        label: plain(form.labels.due, 2000),
        element: {
          type: 'datepicker',
          action_id: ACTION_INPUT.due.actionId,
          initial_date: form.suggestedDue,
        },
      },
    ],
  };
}
