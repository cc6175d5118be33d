import { describe, expect, it } from 'vitest';
import { gapLabel, perceptionGaps } from '../../src/core/index.ts';

const appreciative = { kind: 'trait', key: 'appreciative' } as const;
const friendly = { kind: 'trait', key: 'friendly' } as const;
const culture = { kind: 'element', key: 'culture' } as const;

describe('perception gap', () => {
  it("sets a leader's self-view beside the team's view, in score points", () => {
    const gaps = perceptionGaps(
      [
        { target: appreciative, score: 90 },
        { target: friendly, score: 70 },
        { target: culture, score: 50 },
      ],
      [
        { target: appreciative, respondents: 7, score: 62.5 },
        { target: friendly, respondents: 7, score: 75 },
        { target: culture, respondents: 8, score: 75 },
      ],
      { k: 5 },
    );
    expect(gaps).toEqual([
      {
        target: appreciative,
        visible: true,
        leaderScore: 90,
        teamScore: 62.5,
        gap: 27.5,
        label: 'leader_higher',
      },
      { target: friendly, visible: true, leaderScore: 70, teamScore: 75, gap: -5, label: 'aligned' },
      { target: culture, visible: true, leaderScore: 50, teamScore: 75, gap: -25, label: 'leader_lower' },
    ]);
  });

  it('shows no gap where the team view is below k or missing', () => {
    const gaps = perceptionGaps(
      [
        { target: appreciative, score: 90 },
        { target: friendly, score: 70 },
      ],
      [{ target: appreciative, respondents: 4, score: 40 }],
      { k: 5 },
    );
    expect(gaps).toEqual([
      { target: appreciative, visible: false, reason: 'below_k' },
      { target: friendly, visible: false, reason: 'no_team_view' },
    ]);
  });

  it('calls gaps within ten points aligned', () => {
    expect(gapLabel(10)).toBe('aligned');
    expect(gapLabel(-10)).toBe('aligned');
    expect(gapLabel(10.5)).toBe('leader_higher');
    expect(gapLabel(-4, 3)).toBe('leader_lower');
  });
});
