import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  rollingEffect,
  agreeStatsOf,
  rollingScore,
  shiftPeriod,
  weekWindow,
  type RoundSnapshot,
} from '../../src/core/index.ts';
import { buildActionList } from '../../src/messages/index.ts';
import { loadContentBank } from '../../src/model/index.ts';
import { pooledFigure } from '../../src/app/reports/pooled-figures.ts';

const NOW_WEEK = '2026-W48';
const NOW = new Date('2026-11-26T12:00:00Z');
const WEEK = 7 * 86_400_000;
const bank = loadContentBank();

/** One round's snapshot of the action's element, some weeks before now, possibly under its k. */
const snapshotArb = fc
  .record({
    weeksAgo: fc.integer({ min: 0, max: 20 }),
    answers: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }),
    people: fc.integer({ min: 1, max: 12 }),
    k: fc.integer({ min: 3, max: 7 }),
  })
  .map((r): RoundSnapshot => ({
    week: shiftPeriod(NOW_WEEK, -r.weeksAgo),
    respondents: Math.min(r.people, r.answers.length),
    k: r.k,
    stats: agreeStatsOf(r.answers),
    statementIds: ['s1'],
  }));
const historyArb = fc.uniqueArray(snapshotArb, { selector: (s) => s.week, maxLength: 12 });

describe('an action’s effect', () => {
  it('is never a number, and its figures never a score, when either rolling figure is hidden or not asked', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 2, max: 12 }),
        (history, weeksAgo, weeks) => {
          const createdAt = new Date(NOW.getTime() - weeksAgo * WEEK);
          const before = rollingScore(history, weekWindow({ asOf: shiftPeriod(NOW_WEEK, -weeksAgo), weeks }));
          const after = rollingScore(history, weekWindow({ asOf: NOW_WEEK, weeks }));
          const judged = rollingEffect({ since: createdAt, now: NOW, before, after });
          const list = buildActionList({
            locale: 'en',
            acrossTeams: false,
            items: [
              {
                id: 'a1',
                title: 'Try it',
                teamName: 'Care',
                target: { kind: 'element', key: 'leadership' },
                owner: null,
                dueOn: '2026-12-01',
                status: 'open',
                doneAt: null,
                effect: {
                  effect: judged.effect,
                  before: { figure: pooledFigure(before), window: before.window },
                  after: { figure: pooledFigure(after), window: after.window },
                },
              },
            ],
            now: NOW,
            timeZone: 'Europe/Amsterdam',
            k: 3,
            windowWeeks: weeks,
            effectWeeks: 4,
            content: bank,
          });
          const row = list.rows[0];
          if (before.status !== 'shown' || after.status !== 'shown') {
            expect(['pending', 'unknown']).toContain(judged.effect);
            expect(judged.difference).toBeUndefined();
          } else if (judged.difference !== undefined) {
            expect(judged.difference).toBeCloseTo(
              (after.summary?.score ?? 0) - (before.summary?.score ?? 0),
              9,
            );
          }
          if (before.status !== 'shown') expect(row?.before?.score).toBeNull();
          if (after.status !== 'shown') expect(row?.after?.score).toBeNull();
          if (weeksAgo < 4) expect(judged.effect).toBe('pending');
        },
      ),
    );
  });
});
