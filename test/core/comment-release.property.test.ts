import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commentBlock,
  releaseComments,
  type ClosedRoundComments,
  type CommentBatch,
} from '../../src/core/index.ts';

const week = (i: number) => `2026-W${String(10 + i).padStart(2, '0')}`;

/** A team's closed rounds: up to nine people answer, each commenter writes one comment (unique text). */
const historyArb = fc
  .array(
    fc.record({
      k: fc.integer({ min: 3, max: 6 }),
      minComments: fc.integer({ min: 3, max: 5 }),
      respondents: fc.integer({ min: 0, max: 9 }),
      commenters: fc.nat({ max: 9 }),
    }),
    { maxLength: 16 },
  )
  .map((rounds) =>
    rounds.map((round, i): ClosedRoundComments => ({
      roundId: `round-${i}`,
      week: week(i),
      k: round.k,
      minComments: round.minComments,
      respondents: round.respondents,
      texts: Array.from({ length: Math.min(round.commenters, round.respondents) }, (_, c) => `r${i}c${c}`),
    })),
  );

const roundOf = (text: string) => Number(/^r(\d+)/.exec(text)?.[1]);

describe('comments a leader can read', () => {
  it('a team of 8 writing two comments a round reads them in threes or more, after rounds close', () => {
    const rounds = [0, 1, 2, 3].map((i) => ({
      roundId: `round-${i}`,
      week: week(i),
      k: 5,
      minComments: 3,
      respondents: 6,
      texts: [`first of ${i}`, `second of ${i}`],
    }));
    expect(releaseComments(rounds.slice(0, 1))).toEqual({ batches: [], waiting: 2 });
    const { batches, waiting } = releaseComments(rounds);
    expect(waiting).toBe(0);
    expect(batches.map((b) => [b.fromWeek, b.toWeek, b.texts.length])).toEqual([
      [week(0), week(1), 4],
      [week(2), week(3), 4],
    ]);
  });

  it('never pools comments across the edge of a 12-week block', () => {
    const round = (i: number, w: string) => ({
      roundId: `round-${i}`,
      week: w,
      k: 5,
      minComments: 3,
      respondents: 6,
      texts: [`first of ${i}`, `second of ${i}`],
    });
    // 2026-W16 ends one block and 2026-W17 starts the next.
    expect(commentBlock('2026-W17') - commentBlock('2026-W16')).toBe(1);
    expect(releaseComments([round(0, '2026-W16'), round(1, '2026-W17')])).toEqual({
      batches: [],
      waiting: 2,
    });
  });

  it('never shows a comment from a round fewer than k people answered, pooled or not', () => {
    const small = {
      roundId: 'small',
      week: week(0),
      k: 5,
      minComments: 3,
      respondents: 4,
      texts: ['a', 'b', 'c'],
    };
    const big = { roundId: 'big', week: week(1), k: 5, minComments: 3, respondents: 7, texts: ['d', 'e'] };
    expect(releaseComments([small, big])).toEqual({ batches: [], waiting: 2 });
  });

  it('shows every batch with at least as many comments as its strictest round asks, never fewer than three', () => {
    fc.assert(
      fc.property(historyArb, (rounds) => {
        for (const batch of releaseComments(rounds).batches) {
          const from = batch.texts.map(roundOf);
          const strictest = Math.max(3, ...from.map((i) => rounds[i]?.minComments ?? 0));
          expect(batch.texts.length).toBeGreaterThanOrEqual(strictest);
          for (const i of from)
            expect(rounds[i]?.respondents).toBeGreaterThanOrEqual(rounds[i]?.k ?? Infinity);
        }
      }),
    );
  });

  it('before and after one more round closes, the views differ only by whole new batches', () => {
    fc.assert(
      fc.property(historyArb, (rounds) => {
        for (let closed = 1; closed <= rounds.length; closed++) {
          const before = releaseComments(rounds.slice(0, closed - 1)).batches;
          const after = releaseComments(rounds.slice(0, closed)).batches;
          // What the leader already read is unchanged, word for word and in the same order …
          expect(after.slice(0, before.length)).toEqual(before);
          // … and what is new comes as at most one batch, never as a single added comment.
          const added = after.slice(before.length);
          expect(added.length).toBeLessThanOrEqual(1);
          for (const batch of added) expect(batch.texts.length).toBeGreaterThanOrEqual(3);
        }
      }),
    );
  });

  it('keeps later batches as they were when retention deletes the comments of old rounds', () => {
    fc.assert(
      fc.property(historyArb, fc.nat({ max: 16 }), (rounds, deleted) => {
        const block = (round: ClosedRoundComments) => commentBlock(round.week);
        const cut = rounds[deleted];
        if (!cut) return;
        // Retention deletes whole rounds' comments, oldest first, up to the start of some block.
        const aged = rounds.map((round) => (block(round) < block(cut) ? { ...round, texts: [] } : round));
        const later = (batches: readonly CommentBatch[]) =>
          batches.filter((batch) => commentBlock(batch.fromWeek) >= block(cut));
        expect(later(releaseComments(aged).batches)).toEqual(later(releaseComments(rounds).batches));
      }),
    );
  });

  it('shows the same batch whichever of its rounds and in whatever order its comments were written', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (rounds, seed) => {
        const { batches } = releaseComments(rounds);
        // Move the texts between the rounds of each batch (keeping how many each round had) and reorder them.
        const moved = rounds.map((round) => ({ ...round, texts: [...round.texts] }));
        for (const batch of batches) {
          const members = [...new Set(batch.texts.map(roundOf))];
          const pool = [...batch.texts].sort(
            (a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7),
          );
          pool.reverse();
          for (const i of members) {
            const round = moved[i];
            if (round) round.texts = pool.splice(0, round.texts.length);
          }
        }
        expect(releaseComments(moved).batches).toEqual(batches);
      }),
    );
  });
});
