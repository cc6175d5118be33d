import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchedPerceptionGaps,
  type LeaderStatementAnswer,
  type TeamStatementFigure,
} from '../../src/core/index.ts';
import type { TargetRef } from '../../src/model/index.ts';

const culture: TargetRef = { kind: 'element', key: 'culture' };
const friendly: TargetRef = { kind: 'trait', key: 'friendly' };
const caring: TargetRef = { kind: 'value', key: 'caring' };
const K = 5;

/** Parallel statements (p…) and statements whose two wordings measure different things (x…). */
const targetOf: Record<string, TargetRef> = {
  p1: culture,
  p2: culture,
  p3: friendly,
  p4: caring,
  x1: culture,
  x2: friendly,
  x3: caring,
};
const parallel = (statementId: string) => statementId.startsWith('p');

/** A team figure from its answers (1–5). */
function figure(statementId: string, week: string, answers: readonly number[]): TeamStatementFigure {
  return {
    statementId,
    week,
    answered: answers.length,
    stats: {
      count: answers.length,
      sum: answers.reduce((a, b) => a + b, 0),
      sumOfSquares: answers.reduce((a, b) => a + b * b, 0),
      favourable: answers.filter((a) => a >= 4).length,
    },
  };
}

const leader = (statementId: string, week: string, value: number): LeaderStatementAnswer => ({
  statementId,
  target: targetOf[statementId] ?? culture,
  week,
  value,
});

const gaps = (answers: LeaderStatementAnswer[], figures: TeamStatementFigure[]) =>
  matchedPerceptionGaps(answers, figures, { k: K, parallel });

describe('perception gap on matched statements', () => {
  it("sets the leader's answers beside the team's on the same statements in the same round only", () => {
    const result = gaps(
      [leader('p1', '2026-W10', 5), leader('p2', '2026-W11', 1)],
      [
        figure('p1', '2026-W10', [3, 3, 3, 3, 3]),
        // The team answered p2 in another round, and another statement in the leader's round.
        figure('p2', '2026-W10', [5, 5, 5, 5, 5]),
        figure('p3', '2026-W11', [1, 1, 1, 1, 1]),
      ],
    );
    expect(result).toEqual([
      { target: culture, visible: true, leaderScore: 100, teamScore: 50, gap: 50, label: 'leader_higher' },
    ]);
  });

  it('pools every matched statement and round of a target, weighting the team by its answers', () => {
    const result = gaps(
      [leader('p1', '2026-W10', 4), leader('p2', '2026-W11', 2)],
      [figure('p1', '2026-W10', [5, 5, 5, 5, 5, 5]), figure('p2', '2026-W11', [1, 1, 1, 1, 1, 1])],
    );
    expect(result).toEqual([
      { target: culture, visible: true, leaderScore: 50, teamScore: 50, gap: 0, label: 'aligned' },
    ]);
  });

  it('gives no gap for a pair whose wordings measure different things', () => {
    expect(gaps([leader('x1', '2026-W10', 5)], [figure('x1', '2026-W10', [1, 1, 1, 1, 1])])).toEqual([]);
  });

  it('gives no gap where the team answered a statement with fewer than k people', () => {
    expect(gaps([leader('p3', '2026-W10', 5)], [figure('p3', '2026-W10', [1, 1, 1, 1])])).toEqual([]);
  });

  it('leaves a non-parallel or unmatched pair out of every gap, whatever else was answered', () => {
    const week = fc.constantFrom('2026-W01', '2026-W02', '2026-W03');
    const value = fc.integer({ min: 1, max: 5 });
    const answers = (min: number, max: number) => fc.array(value, { minLength: min, maxLength: max });
    const matched = fc.array(
      fc.record({ statementId: fc.constantFrom('p1', 'p2', 'p3', 'p4'), week, value, team: answers(K, 12) }),
      { maxLength: 8 },
    );
    const noise = fc.record({
      // Both sides answered, but the wordings measure different things.
      nonParallel: fc.array(
        fc.record({ statementId: fc.constantFrom('x1', 'x2', 'x3'), week, value, team: answers(K, 12) }),
        { maxLength: 4 },
      ),
      // The leader answered in a round the team has no figure for.
      leaderOnly: fc.array(
        fc.record({
          statementId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
          week: fc.constant('2026-W20'),
          value,
        }),
        { maxLength: 4 },
      ),
      // The team answered in a round the leader did not.
      teamOnly: fc.array(
        fc.record({ statementId: fc.constantFrom('p1', 'p2', 'p3', 'p4'), team: answers(K, 12) }),
        { maxLength: 4 },
      ),
      // Both answered, but too few of the team to show.
      belowK: fc.array(
        fc.record({ statementId: fc.constantFrom('p1', 'p2', 'p3', 'p4'), value, team: answers(1, K - 1) }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(matched, noise, (pairs, extra) => {
        // One team figure per statement and round, as a closed round stores it.
        const unique = [...new Map(pairs.map((p) => [`${p.statementId}@${p.week}`, p])).values()];
        const baseLeader = unique.map((p) => leader(p.statementId, p.week, p.value));
        const baseTeam = unique.map((p) => figure(p.statementId, p.week, p.team));
        const nonParallel = [
          ...new Map(extra.nonParallel.map((p) => [`${p.statementId}@${p.week}`, p])).values(),
        ];
        const belowK = [...new Map(extra.belowK.map((p) => [p.statementId, p])).values()];
        const noisyLeader = [
          ...baseLeader,
          ...nonParallel.map((p) => leader(p.statementId, p.week, p.value)),
          ...extra.leaderOnly.map((p) => leader(p.statementId, p.week, p.value)),
          ...belowK.map((p) => leader(p.statementId, '2026-W30', p.value)),
        ];
        const noisyTeam = [
          ...baseTeam,
          ...nonParallel.map((p) => figure(p.statementId, p.week, p.team)),
          ...extra.teamOnly.map((p, i) => figure(p.statementId, `2026-W4${i}`, p.team)),
          ...belowK.map((p) => figure(p.statementId, '2026-W30', p.team)),
        ];
        expect(gaps(noisyLeader, noisyTeam)).toEqual(gaps(baseLeader, baseTeam));
        // With only the noise, no gap at all.
        const noiseOnlyLeader = noisyLeader.slice(baseLeader.length);
        expect(gaps(noiseOnlyLeader, noisyTeam.slice(baseTeam.length))).toEqual([]);
      }),
    );
  });
});
