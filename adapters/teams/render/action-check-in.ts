import type { ActionCheckIn } from '../../../src/messages/types.ts';
import { card, heading, subtle, text, type AdaptiveCard } from './adaptive-card.ts';
import { VERB } from './verbs.ts';

/** The owner's check-in: the action, its element and two taps whose data is the action id. */
export function renderActionCheckIn(checkIn: ActionCheckIn): AdaptiveCard {
  return card(
    [heading(checkIn.title), text(checkIn.text), subtle(`🎯 ${checkIn.targetLabel}`)],
    `${checkIn.title}: ${checkIn.text}`,
    {
      actions: [
        {
          type: 'Action.Execute',
          title: checkIn.buttons.done,
          verb: VERB.actionDone,
          data: { a: checkIn.actionId },
        },
        {
          type: 'Action.Execute',
          title: checkIn.buttons.working,
          verb: VERB.actionWorking,
          data: { a: checkIn.actionId },
        },
      ],
    },
  );
}
