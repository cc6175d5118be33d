import { DateTime } from 'luxon';
import {
  commentBlockEnd,
  commentsMayJoin,
  RELAY_DAYS,
  releaseComments,
  type CommentBatch,
} from '../core/index.ts';
import type { Db } from '../store/database.ts';

/** A comment whose writer allowed replies, and how long the bot keeps the way back to them. */
export interface SealedComment {
  readonly id: string;
  readonly roundId: string;
  readonly teamId: string;
  readonly text: string;
  readonly seal: string;
  /** Whether the leader has been shown it (its batch was released). */
  readonly released: boolean;
  /**
   * When the seal is destroyed: RELAY_DAYS after its release; for a comment
   * that was not released yet, RELAY_DAYS after its block ends (never
   * released by then, never released at all); for one that never can be
   * (its round fell under k), the moment its round closed.
   */
  readonly expiresAt: Date;
}

/**
 * The sealed comments of a team's closed rounds, with their terms. Comments
 * of open rounds are left out: they are not released and their terms start
 * when the round closes.
 */
export async function sealedCommentsOf(db: Db, teamId: string): Promise<SealedComment[]> {
  const rounds = await db.round.findMany({
    where: { teamId, status: 'closed' },
    orderBy: { number: 'asc' },
    select: {
      id: true,
      week: true,
      k: true,
      commentK: true,
      respondents: true,
      closedAt: true,
      comments: { select: { id: true, text: true, replySeal: true } },
    },
  });
  const { batches } = releaseComments(
    rounds.map((round) => ({
      roundId: round.id,
      week: round.week,
      k: round.k,
      minComments: round.commentK,
      respondents: round.respondents,
      texts: round.comments.map((comment) => comment.text),
    })),
  );
  const closedAt = new Map(rounds.map((round) => [round.id, round.closedAt ?? new Date(0)]));
  const releasedAt = new Map<string, Date>();
  for (const batch of batches) {
    const at = closedAt.get(batch.roundIds.at(-1) ?? '') ?? new Date(0);
    for (const roundId of batch.roundIds) releasedAt.set(roundId, at);
  }
  return rounds.flatMap((round) => {
    const released = releasedAt.get(round.id);
    const start = released
      ? released
      : commentsMayJoin({ ...round, texts: round.comments.map((c) => c.text) })
        ? commentBlockEnd(round.week)
        : undefined;
    const expiresAt = start
      ? DateTime.fromJSDate(start).plus({ days: RELAY_DAYS }).toJSDate()
      : (closedAt.get(round.id) ?? new Date(0));
    return round.comments.flatMap((comment) =>
      comment.replySeal === null
        ? []
        : [
            {
              id: comment.id,
              roundId: round.id,
              teamId,
              text: comment.text,
              seal: comment.replySeal,
              released: released !== undefined,
              expiresAt,
            },
          ],
    );
  });
}

/**
 * For each comment of a released batch, in the batch's order, the id a
 * leader's "Reply" names, or null where the writer did not allow replies or
 * the time to answer has run out. Equal texts take the ids in turn.
 */
export async function replyIdsFor(
  db: Db,
  teamId: string,
  batch: CommentBatch,
  now: Date,
): Promise<(string | null)[]> {
  const open = (await sealedCommentsOf(db, teamId)).filter(
    (comment) => comment.released && batch.roundIds.includes(comment.roundId) && now < comment.expiresAt,
  );
  return batch.texts.map((text) => {
    const index = open.findIndex((comment) => comment.text === text);
    if (index < 0) return null;
    const [found] = open.splice(index, 1);
    return found?.id ?? null;
  });
}
