import type { Db } from '../store/database.ts';
import {
  erasedOnRequest,
  erasureRefused,
  erasureRequest,
  notice,
  type ErasureRequest,
} from '../messages/index.ts';
import type { Notice } from '../messages/types.ts';
import { resolveLocale } from '../model/localized-text.ts';
import type { Clock } from './clock.ts';
import { erasePerson } from './data-rights.ts';

/**
 * Erasure asked for in chat or the playground, in two steps: `askErasure`
 * shows what will go and what stays, and only `confirmErasure` (the button
 * under it) erases. A person may erase themselves; an admin may erase
 * someone of their own organisation on that person's request. Both steps
 * check who asks, so a copied button does nothing for anyone else.
 */

/** Whom an erasure is about: the one asking, or (for an admin) someone they name by platform user id. */
export type ErasureSubject = { readonly self: true } | { readonly platformUserId: string };

export async function askErasure(
  db: Db,
  requesterId: string,
  subject: ErasureSubject,
): Promise<ErasureRequest | Notice> {
  const requester = await db.person.findUnique({ where: { id: requesterId } });
  if (!requester) return notice('not-member', 'en');
  const locale = resolveLocale(requester.locale);
  const target =
    'self' in subject || subject.platformUserId === requester.platformUserId
      ? requester
      : await db.person.findUnique({
          where: {
            organizationId_platformUserId: {
              organizationId: requester.organizationId,
              platformUserId: subject.platformUserId,
            },
          },
        });
  if (target?.id !== requester.id && !requester.isAdmin) return erasureRefused(locale);
  if (!target) return notice('not-found', locale);
  const [teams, rounds, ownRatings] = await Promise.all([
    db.membership.count({ where: { personId: target.id } }),
    db.participation.count({ where: { personId: target.id } }),
    db.leaderRating.count({ where: { personId: target.id } }),
  ]);
  const counts = { teams, rounds, ownRatings };
  return target.id === requester.id
    ? erasureRequest(locale, target.id, counts)
    : erasureRequest(locale, target.id, counts, { name: target.displayName });
}

/**
 * The confirm button: erases the subject (see `erasePerson`, which audits
 * it) when the one pressing is that person or an admin of their
 * organisation, and answers in the presser's language.
 */
export async function confirmErasure(
  ctx: { readonly db: Db; readonly clock: Clock },
  requesterId: string,
  subjectId: string,
): Promise<Notice> {
  const { db } = ctx;
  const requester = await db.person.findUnique({ where: { id: requesterId } });
  if (!requester) return notice('not-member', 'en');
  const locale = resolveLocale(requester.locale);
  if (subjectId === requester.id) {
    await erasePerson(ctx, requester.id, { actorId: requester.id, reason: 'own-request' });
    return notice('erased', locale);
  }
  if (!requester.isAdmin) return erasureRefused(locale);
  const subject = await db.person.findUnique({ where: { id: subjectId } });
  if (subject?.organizationId !== requester.organizationId) return notice('not-found', locale);
  await erasePerson(ctx, subject.id, { actorId: requester.id, reason: 'admin-request' });
  return erasedOnRequest(locale, subject.displayName);
}
