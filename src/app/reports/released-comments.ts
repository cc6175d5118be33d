import { releaseComments, type CommentBatch } from '../../core/index.ts';
import type { Db } from '../../store/database.ts';

/**
 * The latest batch of a team's comments the comment rule releases, read
 * from every closed round of the team (not a window: batch boundaries must
 * not move as rounds age out), or null before the first.
 */
export async function latestCommentBatch(db: Db, teamId: string): Promise<CommentBatch | null> {
  const rounds = await db.round.findMany({
    where: { teamId, status: 'closed' },
    orderBy: { number: 'asc' },
    select: {
      id: true,
      week: true,
      k: true,
      commentK: true,
      respondents: true,
      comments: { select: { text: true } },
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
  return batches.at(-1) ?? null;
}
