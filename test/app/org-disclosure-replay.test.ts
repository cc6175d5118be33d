import { describe, expect, it } from 'vitest';
import { heatmapDisclosure, weekTotalsDisclosure } from '../../src/app/reports/org-disclosure.ts';
import { generatedOrgHistory } from '../support/generated-org-history.ts';

describe('the organisation report replays every close quickly without changing what it shows', () => {
  it('hides and shows the same roll-ups and week totals with known teams taken out of the search as without', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { teams, respondents } = generatedOrgHistory({ teams: 8, weeks: 8, seed, branching: 2 });
      const reference = { projectKnown: false };
      const heatmap = heatmapDisclosure(teams, respondents);
      expect(heatmap).toEqual(heatmapDisclosure(teams, respondents, reference));
      expect(weekTotalsDisclosure(teams, respondents)).toEqual(
        weekTotalsDisclosure(teams, respondents, reference),
      );
      // The small teams near k make the model hide something, so the comparison has something to compare.
      expect([...heatmap.values()].some((d) => !d.visible)).toBe(true);
    }
  });
});
