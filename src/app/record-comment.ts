import { PulseError } from '../errors.ts';
import { sealReturnAddress } from './comment-relay-seal.ts';
import type { AppContext } from './context.ts';
import { openParticipation } from './record-answer.ts';
import type { RecordCommentInput } from './services.ts';
import { tokenDigest } from './token-digests.ts';

/** Longest comment kept; longer text is refused rather than cut, so nothing is lost silently. */
export const COMMENT_MAX_LENGTH = 2000;

/** What the person is told after a comment: the rule their round locked when it opened. */
export interface StoredComment {
  readonly locale: string | null;
  readonly k: number;
  readonly minComments: number;
}

/**
 * Stores a person's comment for the open round behind their card: one per
 * person and round, a second one replacing the first while the round is
 * open. The comment carries a keyed digest of the card token only until the
 * round closes. With `allowReplies` it also carries the person's sealed
 * return address (see comment-relay.ts); the latest submission decides.
 */
export async function storeComment(
  ctx: AppContext,
  input: RecordCommentInput,
  now: Date,
): Promise<StoredComment> {
  const participation = await openParticipation(ctx, input.personId, input.token, now);
  const text = input.text.trim();
  if (!text) throw new PulseError('answer_invalid', 'The comment was empty, so nothing was saved.');
  if (text.length > COMMENT_MAX_LENGTH) {
    throw new PulseError(
      'answer_invalid',
      `Comments can be at most ${COMMENT_MAX_LENGTH} characters; yours has ${text.length}.`,
    );
  }
  const owner = tokenDigest(ctx.settings.digestSecret, 'comment', input.token);
  const replySeal = input.allowReplies
    ? sealReturnAddress(ctx.settings.digestSecret, participation.roundId, input.personId)
    : null;
  await ctx.db.comment.upsert({
    where: { roundId_ownerHash: { roundId: participation.roundId, ownerHash: owner } },
    create: {
      roundId: participation.roundId,
      teamId: participation.round.teamId,
      text,
      ownerHash: owner,
      replySeal,
    },
    update: { text, replySeal },
  });
  return {
    locale: participation.person.locale,
    k: participation.round.k,
    minComments: participation.round.commentK,
  };
}
