import type { types } from '@slack/bolt';
import type { ActionForm } from '../../../src/messages/index.ts';
import { CALLBACK } from './action-ids.ts';
import { context, escapeMrkdwn, plain } from './text.ts';

/** The block and action ids of the modal's inputs, read back from view_submission. */
export const ACTION_INPUT = {
  title: { blockId: 'action-title', actionId: 'title' },
  target: { blockId: 'action-target', actionId: 'target' },
  owner: { blockId: 'action-owner', actionId: 'owner' },
  due: { blockId: 'action-due', actionId: 'due' },
} as const;

/** Slack's static select takes at most 100 options: a team's first hundred members by name. */
const MAX_OWNERS = 100;

/** Without a nudge the modal stands for a team, named so in `private_metadata`. */
const TEAM_METADATA = 'team:';

/** What a submitted modal was about: the nudge it came from, or the team `/pulse action` chose. */
export function actionSubject(privateMetadata: string): { nudgePostId: string } | { teamId: string } {
  return privateMetadata.startsWith(TEAM_METADATA)
    ? { teamId: privateMetadata.slice(TEAM_METADATA.length) }
    : { nudgePostId: privateMetadata };
}

/**
 * "Make this an action": a title (the nudge's, to start from), without a
 * nudge the element (the team's weakest shown one first), an owner from the
 * team's members and a due date. `private_metadata` carries the nudge post
 * id or the team, so the submission is checked again against who submits it.
 */
export function renderActionModal(form: ActionForm): types.ModalView {
  const owners = form.owners.slice(0, MAX_OWNERS).map((owner) => ({
    text: plain(owner.name, 75),
    value: owner.platformUserId,
  }));
  const targets = (form.targets ?? []).map((target) => ({
    text: plain(target.label, 75),
    value: target.key,
  }));
  const selectedTarget = targets.find((target) => target.value === form.selectedTarget);
  return {
    type: 'modal',
    callback_id: CALLBACK.newAction,
    private_metadata: form.nudgePostId ?? `${TEAM_METADATA}${form.teamId}`,
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
      ...(targets.length > 0
        ? [
            {
              type: 'input' as const,
              block_id: ACTION_INPUT.target.blockId,
              label: plain(form.labels.target, 2000),
              element: {
                type: 'static_select' as const,
                action_id: ACTION_INPUT.target.actionId,
                options: targets,
                ...(selectedTarget ? { initial_option: selectedTarget } : {}),
              },
            },
          ]
        : []),
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
