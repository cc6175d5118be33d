import { describe, expect, it } from 'vitest';
import { decideDisclosure, discloseOverTime, type RespondentGroup } from '../../src/core/index.ts';

/**
 * A hierarchy as the reports show it: every team's own figure on its team
 * page (shown at k, never hidden as a complement) and every team's roll-up
 * (its own people and everyone below) in the heatmap.
 */
function hierarchy(teams: readonly { id: string; parent?: string; respondents: number }[], k = 5) {
  const groups: RespondentGroup[] = teams.map((t) => ({ id: t.id, respondents: t.respondents, k }));
  const below = (id: string): string[] => [
    id,
    ...teams.filter((t) => t.parent === id).flatMap((child) => below(child.id)),
  ];
  const [decisions] = discloseOverTime(groups, [
    {
      fixed: teams.map((t) => ({ id: `page ${t.id}`, groups: [t.id] })),
      candidates: teams.map((t) => ({ id: `heatmap ${t.id}`, groups: below(t.id), priority: 1 })),
    },
  ]);
  const hidden = (prefix: string) =>
    teams.filter((t) => decisions?.get(`${prefix} ${t.id}`)?.visible === false).map((t) => t.id);
  return { pages: hidden('page'), heatmap: hidden('heatmap'), decisions };
}

describe('the disclosure model over a team hierarchy', () => {
  it("hides the department's roll-up when it minus the shown teams would give a small team away", () => {
    const { pages, heatmap, decisions } = hierarchy([
      { id: 'dept', respondents: 0 },
      { id: 'a', parent: 'dept', respondents: 3 },
      { id: 'b', parent: 'dept', respondents: 12 },
      { id: 'c', parent: 'dept', respondents: 15 },
    ]);
    expect(pages).toEqual(['dept', 'a']);
    expect(heatmap).toEqual(['dept', 'a']);
    expect(decisions?.get('heatmap dept')).toEqual({ visible: false, reason: 'complementary' });
  });

  it('leaves the roll-up alone when the hidden teams together reach k', () => {
    const { heatmap } = hierarchy([
      { id: 'dept', respondents: 0 },
      { id: 'a', parent: 'dept', respondents: 3 },
      { id: 'b', parent: 'dept', respondents: 4 },
      { id: 'c', parent: 'dept', respondents: 19 },
    ]);
    expect(heatmap).toEqual(['a', 'b']);
  });

  it("counts the parent's own figure as shown: its two direct members are not cover (the measured leak)", () => {
    const { heatmap } = hierarchy([
      { id: 'dept', respondents: 6 },
      { id: 'a', parent: 'dept', respondents: 8 },
      { id: 'b', parent: 'dept', respondents: 2 },
    ]);
    // dept's roll-up − dept's page − a = b's two answers, so the roll-up goes.
    expect(heatmap).toEqual(['dept', 'b']);
  });

  it('protects direct members who have no page of their own', () => {
    const { heatmap } = hierarchy([
      { id: 'dept', respondents: 2 },
      { id: 'a', parent: 'dept', respondents: 8 },
      { id: 'b', parent: 'dept', respondents: 12 },
    ]);
    expect(heatmap).toEqual(['dept']);
  });

  it('looks through a hidden roll-up to the teams below it', () => {
    const { heatmap } = hierarchy([
      { id: 'org', respondents: 0 },
      { id: 'a', parent: 'org', respondents: 3 },
      { id: 'b', parent: 'org', respondents: 0 },
      { id: 'b1', parent: 'b', respondents: 5 },
      { id: 'b2', parent: 'b', respondents: 5 },
      { id: 'c', parent: 'org', respondents: 10 },
    ]);
    // org − b1 − b2 − c = a: the organisation's roll-up is hidden; b's (b1 + b2) is safe.
    expect(heatmap).toEqual(['org', 'a']);
  });
});

describe('the disclosure model over time and rounds', () => {
  it('keeps a week total hidden when it grew by fewer than k since it was shown', () => {
    const groups = [
      { id: 'a', respondents: 6, k: 5 },
      { id: 'late', respondents: 4, k: 5 },
      { id: 'later', respondents: 3, k: 5 },
    ];
    const moments = discloseOverTime(groups, [
      { fixed: [], candidates: [{ id: 'week', groups: ['a'], priority: 2 }] },
      { fixed: [], candidates: [{ id: 'week', groups: ['a', 'late'], priority: 2 }] },
      { fixed: [], candidates: [{ id: 'week', groups: ['a', 'late', 'later'], priority: 2 }] },
    ]);
    expect(moments.map((m) => m.get('week'))).toEqual([
      { visible: true },
      { visible: false, reason: 'complementary' },
      { visible: true },
    ]);
  });

  it("gates a figure over two rounds with the stricter round's k", () => {
    const decisions = decideDisclosure({
      groups: [
        { id: 'r1', respondents: 2, k: 5 },
        { id: 'r2', respondents: 2, k: 3 },
      ],
      published: [],
      candidates: [{ id: 'both', groups: ['r1', 'r2'], priority: 1 }],
    });
    expect(decisions.get('both')).toEqual({ visible: false, reason: 'below_k' });
  });

  it('hides the figure of lower priority that takes part, and keeps the other', () => {
    const decisions = decideDisclosure({
      groups: [
        { id: 'a', respondents: 9, k: 5 },
        { id: 'b', respondents: 2, k: 5 },
        { id: 'c', respondents: 6, k: 5 },
      ],
      published: [{ id: 'a', groups: ['a'] }],
      candidates: [
        { id: 'organisation', groups: ['a', 'b', 'c'], priority: 2 },
        { id: 'roll-up', groups: ['a', 'b'], priority: 1 },
      ],
    });
    expect(decisions.get('roll-up')).toEqual({ visible: false, reason: 'complementary' });
    expect(decisions.get('organisation')).toEqual({ visible: true });
  });
});
