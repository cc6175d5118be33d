import type { Db } from '../store/database.ts';
import { ownActions, type OwnAction } from './action-rights.ts';
import type { Clock } from './clock.ts';
import { forgetOwnReturnAddresses, ownReplyThreads, type OwnReplyThread } from './comment-relay-rights.ts';
import type { SealKeys } from './comment-relay-seal.ts';

/**
 * Everything the bot keeps about one person, as they may ask to see it
 * (GDPR access). Answers and comments are not in it: they are stored with no
 * link to anyone (see docs/privacy.md), so they cannot be found for a person,
 * which is the point. What the ledger keeps is the rounds they were invited
 * to and whether they answered.
 */
export interface PersonalData {
  readonly person: {
    readonly id: string;
    readonly platformUserId: string;
    readonly displayName: string;
    readonly timeZone: string;
    readonly locale: string;
    readonly workingDays: string;
    readonly workingHours: string;
    readonly paused: boolean;
    readonly optedOut: boolean;
    readonly roles: readonly string[];
    readonly conversationKept: boolean;
  };
  readonly teams: readonly { team: string; role: string; joinedAt: string; leftAt: string | null }[];
  /** Every round they were invited to (the ledger), and whether they answered. */
  readonly rounds: readonly { team: string; week: string; answered: boolean }[];
  /** A leader's own ratings of themselves: shown only to them, so theirs to see. */
  readonly ownRatings: readonly { week: string; statementId: string; value: number | null }[];
  /** Their comments a leader may still reply to: the one place a comment is theirs, until its term ends. */
  readonly replyThreads: readonly OwnReplyThread[];
  /** Action plans they own or made. */
  readonly actions: readonly OwnAction[];
  readonly note: string;
}

const NOTE =
  'Answers and comments are stored without any link to you, so they are not part of this export and cannot be found for you; the exception is a comment you allowed replies to, listed under replyThreads until the way back to you is deleted. Figures shown to leaders and HR are aggregates of at least k people.';

/** `keys` are ENCRYPTION_KEY and its earlier keys, which open the return addresses of comments that allow replies. */
export async function personalDataOf(
  db: Db,
  personId: string,
  keys: SealKeys = {},
): Promise<PersonalData | undefined> {
  const person = await db.person.findUnique({
    where: { id: personId },
    include: {
      memberships: { include: { team: { select: { name: true } } }, orderBy: { joinedAt: 'asc' } },
      participations: { include: { round: { include: { team: { select: { name: true } } } } } },
      leaderRatings: { include: { round: { select: { week: true } } } },
    },
  });
  if (!person) return undefined;
  return {
    person: {
      id: person.id,
      platformUserId: person.platformUserId,
      displayName: person.displayName,
      timeZone: person.timeZone,
      locale: person.locale,
      workingDays: person.workingDays,
      workingHours: `${person.workStart}–${person.workEnd}`,
      paused: person.paused,
      optedOut: person.optedOut,
      roles: [...(person.isHr ? ['hr'] : []), ...(person.isAdmin ? ['admin'] : [])],
      conversationKept: person.conversationRef !== null,
    },
    teams: person.memberships.map((m) => ({
      team: m.team.name,
      role: m.role,
      joinedAt: m.joinedAt.toISOString(),
      leftAt: m.leftAt?.toISOString() ?? null,
    })),
    rounds: person.participations
      .map((p) => ({
        team: p.round.team.name,
        week: p.round.week,
        answered: p.answered,
      }))
      .sort((a, b) => a.week.localeCompare(b.week)),
    ownRatings: person.leaderRatings.map((r) => ({
      week: r.round.week,
      statementId: r.statementId,
      value: r.value,
    })),
    replyThreads: await ownReplyThreads(db, keys, personId),
    actions: await ownActions(db, personId),
    note: NOTE,
  };
}

export interface Erasure {
  readonly ledgerRows: number;
  readonly ownRatings: number;
  readonly playgroundMessages: number;
  readonly auditEntries: number;
  /** Return addresses on their comments that allowed replies, destroyed. */
  readonly replyAddresses: number;
}

/**
 * Erases a person (GDPR erasure): their profile, memberships, ledger rows,
 * own ratings, conversation reference, their name on actions they own (the
 * action stays with the team, without an owner), the return addresses on comments
 * they allowed replies to, and the playground messages sent to
 * them go; audit entries keep the action but no longer name them. Figures
 * already published are the rounds' snapshots and stay as they were; their
 * anonymous answers stay too, as nothing ties them to the person. While a
 * round is open, the person's card stops working (its ledger row is gone).
 * The erasure itself is written to the audit log, by whom, without the name.
 */
export async function erasePerson(
  ctx: { readonly db: Db; readonly clock: Clock; readonly settings?: SealKeys },
  personId: string,
  by: { readonly actorId?: string; readonly reason: 'own-request' | 'admin-request' },
): Promise<Erasure | undefined> {
  const { db } = ctx;
  const person = await db.person.findUnique({ where: { id: personId } });
  if (!person) return undefined;
  const replyAddresses = await forgetOwnReturnAddresses(db, ctx.settings ?? {}, personId);
  const [ledgerRows, ownRatings, playgroundMessages, auditEntries] = await db.$transaction([
    db.participation.deleteMany({ where: { personId } }),
    db.leaderRating.deleteMany({ where: { personId } }),
    db.localMessage.deleteMany({
      where: { organizationId: person.organizationId, kind: 'direct', address: person.platformUserId },
    }),
    db.auditLog.updateMany({ where: { actorId: personId }, data: { actorId: null } }),
    db.auditLog.updateMany({ where: { subject: personId }, data: { subject: null } }),
    db.person.delete({ where: { id: personId } }),
    db.auditLog.create({
      data: {
        organizationId: person.organizationId,
        actorId: by.actorId === personId ? null : (by.actorId ?? null),
        action: 'person.erased',
        subject: by.reason,
        at: ctx.clock.now(),
      },
    }),
  ]);
  return {
    ledgerRows: ledgerRows.count,
    ownRatings: ownRatings.count,
    playgroundMessages: playgroundMessages.count,
    auditEntries: auditEntries.count,
    replyAddresses,
  };
}
