import { notice } from '../messages/index.ts';
import { resolveLocale } from '../model/index.ts';
import type { AppContext } from './context.ts';
import { messageRefs } from './message-refs.ts';

/**
 * Replaces each of a person's messages of the round (card and reminder) with
 * a short "this round has closed" note, then forgets where they were: their
 * references say when they were sent.
 */
export async function closeCards(ctx: AppContext, participationId: string): Promise<void> {
  const participation = await ctx.db.participation.findUnique({
    where: { id: participationId },
    select: { messageRef: true, person: { select: { locale: true, organizationId: true } } },
  });
  if (!participation?.messageRef) return;
  const closed = notice('round-closed', resolveLocale(participation.person.locale));
  for (const ref of messageRefs(participation.messageRef, participation.person.organizationId)) {
    await ctx.platform.update(ref, closed);
  }
  await ctx.db.participation.update({ where: { id: participationId }, data: { messageRef: null } });
}
