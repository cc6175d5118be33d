import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database.ts';
import { openReturnAddress, sealReturnAddress, type SealKeys } from './comment-relay-seal.ts';
import { sealedCommentsOf } from './comment-relay-terms.ts';

/** A comment of this person's that can still be answered, as their data export lists it. */
export interface OwnReplyThread {
  readonly team: string;
  readonly comment: string;
  /** When the way back to them is destroyed; null while the comment's round is open. */
  readonly until: string | null;
}

interface OwnSeal {
  readonly id: string;
  readonly roundId: string;
  readonly teamId: string;
  readonly team: string;
  readonly text: string;
}

/**
 * The person's comments that carry their sealed return address. Found by
 * opening every seal of their organisation's teams with the secret: nothing
 * in the database points from the person to them.
 */
async function ownSeals(db: Db, keys: SealKeys, personId: string): Promise<OwnSeal[]> {
  const person = await db.person.findUnique({ where: { id: personId }, select: { organizationId: true } });
  if (!person) return [];
  const comments = await db.comment.findMany({
    where: { replySeal: { not: null }, round: { team: { organizationId: person.organizationId } } },
    select: {
      id: true,
      roundId: true,
      teamId: true,
      text: true,
      replySeal: true,
      round: { select: { team: { select: { name: true } } } },
    },
  });
  return comments
    .filter((c) => c.replySeal !== null && openReturnAddress(keys, c.roundId, c.replySeal) === personId)
    .map((c) => ({ id: c.id, roundId: c.roundId, teamId: c.teamId, team: c.round.team.name, text: c.text }));
}

/** The person's open conversations, for their data export. */
export async function ownReplyThreads(db: Db, keys: SealKeys, personId: string): Promise<OwnReplyThread[]> {
  const seals = await ownSeals(db, keys, personId);
  const terms = new Map<string, Date>();
  for (const teamId of new Set(seals.map((seal) => seal.teamId)))
    for (const sealed of await sealedCommentsOf(db, teamId)) terms.set(sealed.id, sealed.expiresAt);
  return seals.map((seal) => ({
    team: seal.team,
    comment: seal.text,
    until: terms.get(seal.id)?.toISOString() ?? null,
  }));
}

/**
 * Erasure of the person's return addresses: each seal is replaced by a seal
 * of a random id that is nobody. The comment keeps its "Reply" button until
 * the term it always had, and a leader's reply is acknowledged as before and
 * reaches no one, so nothing a leader sees changes at the moment someone is
 * erased (which would tie the comment to them). Returns how many.
 */
export async function forgetOwnReturnAddresses(db: Db, keys: SealKeys, personId: string): Promise<number> {
  const seals = await ownSeals(db, keys, personId);
  for (const seal of seals) {
    await db.comment.update({
      where: { id: seal.id },
      data: { replySeal: sealReturnAddress(keys.digestSecret, seal.roundId, randomUUID()) },
    });
  }
  return seals.length;
}
