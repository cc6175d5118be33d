import type { ErasureRequest } from '../../../src/messages/erasure-request.ts';
import { card, heading, text, type AdaptiveCard } from './adaptive-card.ts';
import { VERB } from './verbs.ts';

/** What an erasure removes and what stays, with the tap that confirms it (checked again when tapped). */
export function renderErasureRequest(request: ErasureRequest): AdaptiveCard {
  const list = (items: readonly string[]) => text(items.map((item) => `- ${item}`).join('\n'));
  return card(
    [
      heading(request.title),
      text(request.intro),
      heading(request.removes.heading, 'Medium'),
      list(request.removes.items),
      heading(request.stays.heading, 'Medium'),
      list(request.stays.items),
    ],
    `${request.title} ${request.intro}`,
    {
      actions: [
        {
          type: 'Action.Execute',
          title: request.confirmLabel,
          verb: VERB.erase,
          data: { p: request.subjectId },
        },
      ],
    },
  );
}
