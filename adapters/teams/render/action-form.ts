import type { ActionForm } from '../../../src/messages/index.ts';
import { card, heading, subtle, type AdaptiveCard } from './adaptive-card.ts';
import { ACTION_FORM_INPUT, ACTION_TITLE_MAX_LENGTH, VERB } from './verbs.ts';

/** Past this many members, the owner list lets a person type to find a name. */
const COMPACT_OWNERS = 15;

/**
 * "Make this an action" on Teams: the card the tap answers with, seen only
 * by the person who tapped. It asks what the team will do (the nudge's
 * title to start from), without a nudge the element (the team's weakest
 * shown one first), an owner from the team's members (the one filling it in
 * first) and a due date; its tap carries the nudge post id or the team, and Teams
 * adds the three inputs, so the use case checks everything again.
 */
export function renderActionForm(form: ActionForm): AdaptiveCard {
  return card(
    [
      heading(form.labels.title),
      subtle(`🎯 ${form.targetLabel} · ${form.teamName}`),
      {
        type: 'Input.Text',
        id: ACTION_FORM_INPUT.title,
        label: form.labels.name,
        value: form.suggestedTitle.slice(0, ACTION_TITLE_MAX_LENGTH),
        maxLength: ACTION_TITLE_MAX_LENGTH,
      },
      ...(form.targets
        ? [
            {
              type: 'Input.ChoiceSet' as const,
              id: ACTION_FORM_INPUT.target,
              label: form.labels.target,
              style: 'compact' as const,
              choices: form.targets.map((target) => ({ title: target.label, value: target.key })),
              ...(form.selectedTarget ? { value: form.selectedTarget } : {}),
            },
          ]
        : []),
      {
        type: 'Input.ChoiceSet',
        id: ACTION_FORM_INPUT.owner,
        label: form.labels.owner,
        style: form.owners.length > COMPACT_OWNERS ? 'filtered' : 'compact',
        choices: form.owners.map((owner) => ({ title: owner.name, value: owner.platformUserId })),
        ...(form.owners[0] ? { value: form.owners[0].platformUserId } : {}),
      },
      { type: 'Input.Date', id: ACTION_FORM_INPUT.due, label: form.labels.due, value: form.suggestedDue },
    ],
    `${form.labels.title}: ${form.targetLabel} · ${form.teamName}`,
    {
      actions: [
        {
          type: 'Action.Execute',
          title: form.labels.submit,
          verb: VERB.actionCreate,
          data: form.nudgePostId ? { p: form.nudgePostId } : { team: form.teamId },
          style: 'positive',
        },
      ],
    },
  );
}
