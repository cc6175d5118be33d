import type { MessageDocument } from '../../messages/types.ts';
import type { AppContext } from '../context.ts';
import { storeAnswer } from '../record-answer.ts';
import { storeComment } from '../record-comment.ts';

export interface SimulatedPerson {
  readonly personId: string;
  /** How favourably they answer: −1 … +1. */
  readonly bias: number;
  /** Chance they answer a card at all. */
  readonly responsiveness: number;
}

export interface AnswerTally {
  answered: number;
  answers: number;
}

/**
 * Synthetic people answering the cards they received, through the real
 * answer use case (without rebuilding a card after each click, which only a
 * person looking at the card needs): the simulation's and the demo
 * history's respondents. With `commentOf`, someone who answered may also
 * leave a comment through the real comment use case.
 */
export async function answerCards(
  ctx: AppContext,
  now: Date,
  cards: readonly { readonly platformUserId: string; readonly document: MessageDocument }[],
  people: ReadonlyMap<string, SimulatedPerson>,
  random: () => number,
  commentOf?: (person: SimulatedPerson) => string | null,
): Promise<AnswerTally> {
  const tally = { answered: 0, answers: 0 };
  for (const { platformUserId, document: card } of cards) {
    const person = people.get(platformUserId);
    if (!person || card.kind !== 'pulse-card' || card.state !== 'open') continue;
    if (random() > person.responsiveness) continue;
    tally.answered += 1;
    for (const item of card.items) {
      const noise = (random() + random() + random() - 1.5) * 1.6;
      const value =
        item.scale === 'nps11'
          ? Math.max(0, Math.min(10, Math.round(7 + 2.5 * person.bias + noise * 1.5)))
          : random() < 0.05
            ? null
            : Math.max(1, Math.min(5, Math.round(3.4 + person.bias + noise)));
      await storeAnswer(
        ctx,
        { personId: person.personId, token: card.token, statementId: item.statementId, value },
        now,
      );
      tally.answers += 1;
    }
    const comment = commentOf?.(person);
    if (comment)
      await storeComment(ctx, { personId: person.personId, token: card.token, text: comment }, now);
  }
  return tally;
}
