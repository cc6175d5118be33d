import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { relayNotice } from '../messages/relay-message.ts';
import type { Notice } from '../messages/types.ts';
import { resolveLocale, type Locale } from '../model/index.ts';
import { openReturnAddress } from './comment-relay-seal.ts';
import { RELAY_DAYS } from '../core/index.ts';
import { sealedCommentsOf } from './comment-relay-terms.ts';
import type { AppContext } from './context.ts';
import { leadsTeam } from './comment-relay-delivery.ts';
import { sendRelay } from './jobs/relay-dm.ts';
import { isUniqueConflict } from './unique-conflict.ts';

/** The most messages one side may send in one thread per day: enough to talk, too few to fish or flood. */
export const RELAY_MESSAGES_PER_DAY = 3;
/** Longest relayed message; longer text is refused rather than cut. */
export const RELAY_MAX_LENGTH = 2000;

interface Sender {
  readonly id: string;
  readonly locale: Locale;
}

/**
 * A leader's reply to a released comment whose writer allowed replies: sent
 * to the writer by direct message, with an "Answer" button on the thread.
 * The leader is told only that it was passed on: not to whom, not whether
 * it was read. Refusals (not their team's leader, replies not allowed, the
 * conversation ended, the day's messages used) are notices in their language.
 */
export async function replyToComment(
  ctx: AppContext,
  leaderId: string,
  commentId: string,
  message: string,
  now: Date,
): Promise<Notice> {
  const leader = await sender(ctx, leaderId);
  if (!leader) return relayNotice('relay.notLeader', resolveLocale(undefined));
  const comment = await ctx.db.comment.findUnique({ where: { id: commentId }, select: { teamId: true } });
  if (!comment || !(await leadsTeam(ctx.db, leaderId, comment.teamId)))
    return relayNotice('relay.notLeader', leader.locale);
  const refused = textRefusal(message, leader.locale);
  if (refused) return refused;
  const sealed = (await sealedCommentsOf(ctx.db, comment.teamId)).find(
    (c) => c.id === commentId && c.released,
  );
  if (!sealed) return relayNotice('relay.unavailable', leader.locale);
  if (now >= sealed.expiresAt) return relayNotice('relay.expired', leader.locale, { days: RELAY_DAYS });
  const thread = await countSend(ctx, sealed.id, 'leader', leaderId, now);
  if (!thread) return relayNotice('relay.tooMany', leader.locale, { limit: RELAY_MESSAGES_PER_DAY });
  // Whether the writer is still there and reachable is found out only when the queued message runs, and the
  // leader is told the same either way: a different answer would be a read receipt, or tie the comment to an erasure.
  await sendRelay(ctx, { threadId: thread, to: 'writer', text: message.trim() }, now);
  return relayNotice('relay.sent', leader.locale);
}

/**
 * The writer's answer on a thread: checked against the sealed return
 * address (only the writer may answer), then passed to the leader who
 * replied last, without the writer's name.
 */
export async function answerOnThread(
  ctx: AppContext,
  personId: string,
  threadId: string,
  message: string,
  now: Date,
): Promise<Notice> {
  const person = await sender(ctx, personId);
  if (!person) return relayNotice('relay.notYours', resolveLocale(undefined));
  const thread = await ctx.db.commentRelay.findUnique({
    where: { id: threadId },
    select: { commentId: true, leaderId: true, comment: { select: { teamId: true } } },
  });
  if (!thread) return relayNotice('relay.expired', person.locale, { days: RELAY_DAYS });
  const sealed = (await sealedCommentsOf(ctx.db, thread.comment.teamId)).find(
    (c) => c.id === thread.commentId,
  );
  if (!sealed || now >= sealed.expiresAt)
    return relayNotice('relay.expired', person.locale, { days: RELAY_DAYS });
  if (openReturnAddress(ctx.settings, sealed.roundId, sealed.seal) !== personId)
    return relayNotice('relay.notYours', person.locale);
  const refused = textRefusal(message, person.locale);
  if (refused) return refused;
  const leader = await ctx.db.person.findUnique({ where: { id: thread.leaderId } });
  if (!leader || !(await leadsTeam(ctx.db, leader.id, sealed.teamId)))
    return relayNotice('relay.expired', person.locale, { days: RELAY_DAYS });
  if (!(await countSend(ctx, sealed.id, 'writer', leader.id, now)))
    return relayNotice('relay.tooMany', person.locale, { limit: RELAY_MESSAGES_PER_DAY });
  await sendRelay(ctx, { threadId, to: 'leader', text: message.trim() }, now);
  return relayNotice('relay.answered', person.locale);
}

async function sender(ctx: AppContext, personId: string): Promise<Sender | undefined> {
  const found = await ctx.db.person.findUnique({
    where: { id: personId },
    select: { id: true, locale: true },
  });
  return found ? { id: found.id, locale: resolveLocale(found.locale) } : undefined;
}

function textRefusal(message: string, locale: Locale): Notice | undefined {
  const text = message.trim();
  if (!text) return relayNotice('relay.empty', locale);
  if (text.length > RELAY_MAX_LENGTH)
    return relayNotice('relay.tooLong', locale, { max: RELAY_MAX_LENGTH, length: text.length });
  return undefined;
}

/**
 * Counts one message of `side` in the comment's thread (made on the first
 * reply, with a random id) and returns the thread id, or undefined when that
 * side has used its messages of the current day. The count is a conditional
 * update, so two sends at once cannot both take the last one.
 */
async function countSend(
  ctx: AppContext,
  commentId: string,
  side: 'leader' | 'writer',
  leaderId: string,
  now: Date,
): Promise<string | undefined> {
  const { db } = ctx;
  const dayAgo = DateTime.fromJSDate(now).minus({ days: 1 }).toJSDate();
  const thread = await threadOf(ctx, commentId, leaderId, now);
  if (thread.windowStartsAt <= dayAgo) {
    await db.commentRelay.updateMany({
      where: { id: thread.id, windowStartsAt: thread.windowStartsAt },
      data: { windowStartsAt: now, leaderSent: 0, writerSent: 0 },
    });
  }
  const counted =
    side === 'leader'
      ? await db.commentRelay.updateMany({
          where: { id: thread.id, leaderSent: { lt: RELAY_MESSAGES_PER_DAY } },
          data: { leaderSent: { increment: 1 }, leaderId },
        })
      : await db.commentRelay.updateMany({
          where: { id: thread.id, writerSent: { lt: RELAY_MESSAGES_PER_DAY } },
          data: { writerSent: { increment: 1 } },
        });
  return counted.count === 1 ? thread.id : undefined;
}

/**
 * The comment's thread, made on its first reply. Two first replies at once
 * (two leaders, or one leader's double tap) may both try to make it: the
 * one that loses the unique comment id takes the thread the other made.
 */
async function threadOf(ctx: AppContext, commentId: string, leaderId: string, now: Date) {
  const { db } = ctx;
  try {
    return await db.commentRelay.upsert({
      where: { commentId },
      create: { id: randomBytes(16).toString('base64url'), commentId, leaderId, windowStartsAt: now },
      update: {},
    });
  } catch (error) {
    if (!isUniqueConflict(error)) throw error;
    return db.commentRelay.findUniqueOrThrow({ where: { commentId } });
  }
}
