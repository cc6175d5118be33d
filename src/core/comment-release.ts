import { MIN_COMMENTS } from './anonymity.ts';
import { periodRange } from './periods.ts';
import { compareText, tieBreak } from './tie-break.ts';

/** Weeks in one comment block: comments are pooled within a block, never across two. */
export const COMMENT_BLOCK_WEEKS = 12;
/** Days a comment's writer can still be reached through the bot after the comment was released to the leader. */
export const RELAY_DAYS = 30;
/** A Monday that anchors the blocks, so every team's blocks start on the same weeks. */
export const BLOCK_ANCHOR = Date.UTC(2024, 0, 1);

/** One closed round's comments, with the thresholds it locked when it opened. */
export interface ClosedRoundComments {
  readonly roundId: string;
  /** ISO week key of the round. */
  readonly week: string;
  readonly k: number;
  /** The fewest comments this round's comments may be shown with (locked at opening). */
  readonly minComments: number;
  readonly respondents: number;
  /** At most one per person (a second one replaced the first while the round was open). */
  readonly texts: readonly string[];
}

/** Comments released together: never changed once released, never fewer than the rounds' minimum. */
export interface CommentBatch {
  /** First and last week of the rounds whose comments it holds (no comment says which one). */
  readonly fromWeek: string;
  readonly toWeek: string;
  /** In an order that depends only on the batch and the texts, never on who wrote first. */
  readonly texts: readonly string[];
  /** The rounds it pools, oldest first: the last one's close released it (bookkeeping, never shown). */
  readonly roundIds: readonly string[];
}

export interface CommentRelease {
  /** Oldest first. */
  readonly batches: readonly CommentBatch[];
  /** Comments of the latest block's rounds that reached k, waiting for enough others to be shown with. */
  readonly waiting: number;
}

/**
 * The comment rule: a comment reaches the leader only after its round has
 * closed, only from a round at least k people answered, and only inside a
 * batch of at least `minComments` comments (never fewer than three). The
 * closed rounds are walked oldest first; each visible round's comments join
 * the waiting pool, and the pool is released as one batch as soon as it
 * holds as many comments as the strictest of its rounds asks for. A pool
 * never crosses the edge of a fixed 12-week block: what is left waiting when
 * a block ends is never shown. A batch shows the span of its weeks, not a
 * comment's round or statement, and its comments in a shuffled order keyed
 * by the batch and the text alone.
 *
 * Because closed rounds never change, a released batch is the same in every
 * later view: two views of the same team differ by whole batches, so seeing
 * the comments before and after one more round closes never isolates a
 * single comment. The blocks keep that true when retention deletes the
 * comments of old rounds: a block's batches depend on its own rounds only.
 * `rounds` are the team's closed rounds, oldest first, each block whole.
 */
export function releaseComments(rounds: readonly ClosedRoundComments[]): CommentRelease {
  const batches: CommentBatch[] = [];
  let pool: {
    block: number;
    fromWeek: string;
    seed: string;
    needed: number;
    texts: string[];
    roundIds: string[];
  } | null = null;
  for (const round of rounds) {
    if (!commentsMayJoin(round)) continue;
    const block = commentBlock(round.week);
    if (pool && pool.block !== block) pool = null;
    pool ??= {
      block,
      fromWeek: round.week,
      seed: round.roundId,
      needed: MIN_COMMENTS,
      texts: [],
      roundIds: [],
    };
    pool.needed = Math.max(pool.needed, round.minComments);
    pool.texts.push(...round.texts);
    pool.roundIds.push(round.roundId);
    if (pool.texts.length >= pool.needed) {
      batches.push({
        fromWeek: pool.fromWeek,
        toWeek: round.week,
        texts: shuffledFor(pool.seed, pool.texts),
        roundIds: pool.roundIds,
      });
      pool = null;
    }
  }
  const latest = rounds.at(-1);
  return {
    batches,
    waiting: pool && latest && pool.block === commentBlock(latest.week) ? pool.texts.length : 0,
  };
}

/** The fixed 12-week block an ISO week belongs to (numbered from the anchor). */
export function commentBlock(week: string): number {
  const monday = periodRange(week, 'UTC').start.getTime();
  return Math.floor((monday - BLOCK_ANCHOR) / (COMMENT_BLOCK_WEEKS * 7 * 86_400_000));
}

/** When the block of an ISO week ends: a comment of that week not released by then never will be. */
export function commentBlockEnd(week: string): Date {
  const block = commentBlock(week) + 1;
  return new Date(BLOCK_ANCHOR + block * COMMENT_BLOCK_WEEKS * 7 * 86_400_000);
}

/**
 * Whether a closed round's comments may ever be shown: the round's own
 * figures had to be (at least its k answered). Comments of a smaller round
 * stay withheld for good; pooling them with later rounds would still tell a
 * leader they come from a handful of people.
 */
export function commentsMayJoin(round: Pick<ClosedRoundComments, 'k' | 'respondents' | 'texts'>): boolean {
  return round.texts.length > 0 && round.respondents >= round.k;
}

/** The texts ordered by a hash of the batch and the text, ties by the text: the order they were written leaves no trace. */
function shuffledFor(seed: string, texts: readonly string[]): string[] {
  return [...texts].sort((a, b) => tieBreak(seed, a) - tieBreak(seed, b) || compareText(a, b));
}
