import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreeStatsOf,
  rollingScore,
  scorePeriods,
  shiftPeriod,
  summarizeAgree,
  weekWindow,
  type RoundSnapshot,
} from '../../src/core/index.ts';

const ASOF = '2026-W48';

/** A round's snapshot of one target some weeks before ASOF: its answers, its people and its locked k. */
const snapshotArb = fc
  .record({
    weeksAgo: fc.integer({ min: 0, max: 30 }),
    answers: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 30 }),
    extraPeople: fc.integer({ min: -6, max: 6 }),
    k: fc.integer({ min: 3, max: 7 }),
    statements: fc.uniqueArray(fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6'), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map((r): RoundSnapshot => ({
    week: shiftPeriod(ASOF, -r.weeksAgo),
    respondents: Math.max(1, Math.min(r.answers.length, r.answers.length + r.extraPeople)),
    k: r.k,
    stats: agreeStatsOf(r.answers),
    statementIds: r.statements,
  }));

/** Snapshots with one per week at most, as a team has one round a week. */
const historyArb = fc.uniqueArray(snapshotArb, { selector: (s) => s.week, maxLength: 14 });
const weeksArb = fc.integer({ min: 2, max: 26 });

const visible = (s: RoundSnapshot) => s.respondents >= s.k;
const inside = (s: RoundSnapshot, weeks: number) => s.week > shiftPeriod(ASOF, -weeks) && s.week <= ASOF;

describe('a rolling score', () => {
  it('is the answer-weighted mean of the visible snapshots in its window, and n is their answers', () => {
    fc.assert(
      fc.property(historyArb, weeksArb, (history, weeks) => {
        const score = rollingScore(history, weekWindow({ asOf: ASOF, weeks }));
        const pooled = history.filter((s) => inside(s, weeks) && visible(s));
        const answers = pooled.reduce((sum, s) => sum + s.stats.count, 0);
        expect(score.n).toBe(answers);
        expect(score.rounds).toBe(pooled.length);
        expect(score.statements).toBe(new Set(pooled.flatMap((s) => s.statementIds)).size);
        if (answers === 0) {
          expect(score.summary).toBeNull();
          return;
        }
        const weighted = pooled.reduce((sum, s) => sum + (s.stats.sum / s.stats.count) * s.stats.count, 0);
        expect(score.summary?.mean).toBeCloseTo(weighted / answers, 9);
      }),
    );
  });

  it('never takes anything from a snapshot its own round hid', () => {
    fc.assert(
      fc.property(historyArb, weeksArb, snapshotArb, (history, weeks, extra) => {
        const others = history.filter((s) => s.week !== extra.week);
        const hidden = { ...extra, respondents: extra.k - 1, stats: agreeStatsOf([1, 1, 1, 1, 1, 1]) };
        const window = weekWindow({ asOf: ASOF, weeks });
        const without = rollingScore(others, window);
        const withHidden = rollingScore([...others, hidden], window);
        expect(withHidden.summary).toEqual(without.summary);
        expect(withHidden.n).toBe(without.n);
        expect(withHidden.rounds).toBe(without.rounds);
      }),
    );
  });

  it('drops a snapshot once the as-of date has moved past the window', () => {
    fc.assert(
      fc.property(historyArb, weeksArb, fc.integer({ min: 0, max: 30 }), (history, weeks, moved) => {
        const asOf = shiftPeriod(ASOF, moved);
        const score = rollingScore(history, weekWindow({ asOf, weeks }));
        const kept = history.filter((s) => visible(s) && s.week > shiftPeriod(asOf, -weeks));
        expect(score.weeks).toEqual(kept.map((s) => s.week).sort());
      }),
    );
  });

  it('says whether a target was not asked at all or only hidden', () => {
    const window = weekWindow({ asOf: ASOF, weeks: 12 });
    const hidden: RoundSnapshot = {
      week: ASOF,
      respondents: 3,
      k: 5,
      stats: agreeStatsOf([4, 4, 4]),
      statementIds: ['s1'],
    };
    expect(rollingScore([], window).status).toBe('not_asked');
    expect(rollingScore([hidden], window).status).toBe('hidden');
    expect(
      rollingScore([{ ...hidden, respondents: 5, stats: agreeStatsOf([4, 4, 4, 4, 4]) }], window),
    ).toMatchObject({
      status: 'shown',
      n: 5,
      rounds: 1,
      statements: 1,
    });
  });
});

describe('scores over time', () => {
  it('cuts the history into four-week periods ending with the as-of week, each pooled on its own', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const periods = scorePeriods(history, { asOf: ASOF, since: shiftPeriod(ASOF, -30), limit: 13 });
        expect(periods.at(-1)?.window.to).toBe(ASOF);
        periods.forEach((period, i) => {
          expect(period.window.weeks).toBe(4);
          if (i > 0) expect(shiftPeriod(periods[i - 1]?.window.to ?? '', 1)).toBe(period.window.from);
        });
        const pooled = history.filter((s) => visible(s) && s.week >= (periods[0]?.window.from ?? ''));
        expect(periods.reduce((sum, p) => sum + p.n, 0)).toBe(
          pooled.reduce((sum, s) => sum + s.stats.count, 0),
        );
      }),
    );
  });

  it('reaches back to the first round and no further than the limit', () => {
    expect(scorePeriods([], { asOf: ASOF, since: shiftPeriod(ASOF, -11), limit: 13 })).toHaveLength(3);
    expect(scorePeriods([], { asOf: ASOF, since: shiftPeriod(ASOF, -12), limit: 13 })).toHaveLength(4);
    expect(scorePeriods([], { asOf: ASOF, since: shiftPeriod(ASOF, -200), limit: 13 })).toHaveLength(13);
  });

  it('gives a summary only where the period had a visible round', () => {
    const one: RoundSnapshot = {
      week: shiftPeriod(ASOF, -5),
      respondents: 6,
      k: 5,
      stats: agreeStatsOf([3, 4, 5, 4, 4, 2]),
      statementIds: ['s1', 's2'],
    };
    const periods = scorePeriods([one], { asOf: ASOF, since: one.week, limit: 13 });
    expect(periods.map((p) => p.status)).toEqual(['shown', 'not_asked']);
    expect(periods[0]?.summary).toEqual(summarizeAgree(one.stats));
  });
});
