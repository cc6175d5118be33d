import { answerToLeader, replyToWriter } from '../messages/relay-message.ts';
import type { MessageDocument } from '../messages/types.ts';
import { resolveLocale } from '../model/index.ts';
import { openReturnAddress } from './comment-relay-seal.ts';
import { sealedCommentsOf } from './comment-relay-terms.ts';
import type { AppContext } from './context.ts';
import { addressOf } from './conversations.ts';
import type { PersonAddress } from './ports.ts';
import type { Db } from '../store/database.ts';

/** A message queued in a thread: to the writer (a leader's reply) or to the leader (the writer's answer). */
export interface QueuedRelay {
  readonly threadId: string;
  readonly to: 'writer' | 'leader';
  readonly text: string;
}

/**
 * Sends a queued message of a thread, finding its recipient only now: the
 * writer by opening the comment's seal, the leader from the thread. A
 * thread that was destroyed, a term that ran out, a writer who was erased
 * (their seal opens to nobody) or a leader who no longer leads the team
 * end it without a send; a failed send throws, and the queue retries it.
 * Returns whether a message was sent.
 */
export async function deliverRelay(
  ctx: AppContext,
  relay: QueuedRelay,
  now: Date,
  send: { readonly key: string; readonly triedBefore: boolean },
): Promise<boolean> {
  const found = await recipient(ctx, relay, now);
  if (!found) return false;
  await ctx.platform.sendDirect(found.address, found.message, send);
  return true;
}

async function recipient(
  ctx: AppContext,
  relay: QueuedRelay,
  now: Date,
): Promise<{ address: PersonAddress; message: MessageDocument } | undefined> {
  const thread = await ctx.db.commentRelay.findUnique({
    where: { id: relay.threadId },
    select: { id: true, commentId: true, leaderId: true, comment: { select: { teamId: true } } },
  });
  if (!thread) return undefined;
  const sealed = (await sealedCommentsOf(ctx.db, thread.comment.teamId)).find(
    (comment) => comment.id === thread.commentId,
  );
  if (!sealed || now >= sealed.expiresAt) return undefined;
  const about = { comment: sealed.text, text: relay.text, until: sealed.expiresAt };
  if (relay.to === 'writer') {
    const writerId = openReturnAddress(ctx.settings, sealed.roundId, sealed.seal);
    const writer = writerId ? await ctx.db.person.findUnique({ where: { id: writerId } }) : null;
    if (!writer) return undefined;
    const message = replyToWriter(
      { threadId: thread.id, ...about },
      resolveLocale(writer.locale),
      writer.timeZone,
    );
    return { address: addressOf(writer), message };
  }
  const leader = (await leadsTeam(ctx.db, thread.leaderId, sealed.teamId))
    ? await ctx.db.person.findUnique({ where: { id: thread.leaderId } })
    : null;
  if (!leader) return undefined;
  const message = answerToLeader(
    { commentId: sealed.id, ...about },
    resolveLocale(leader.locale),
    leader.timeZone,
  );
  return { address: addressOf(leader), message };
}

/** Whether the person leads the team now: only a team's current leader replies, and is answered. */
export async function leadsTeam(db: Db, personId: string, teamId: string): Promise<boolean> {
  const count = await db.membership.count({ where: { personId, teamId, role: 'leader', leftAt: null } });
  return count > 0;
}
