import { rollingScore, type WeekWindow } from '../../core/index.ts';
import type { HeatmapCellInput } from '../../messages/index.ts';
import type { ContentBank } from '../../model/index.ts';
import { pooledFigure } from './pooled-figures.ts';
import type { TargetAnalysis } from './team-analysis.ts';

/** A team of the heatmap: its place in the hierarchy and its elements as its own report reads them. */
export interface HeatmapTeam {
  readonly id: string;
  readonly parentId: string | null;
  readonly elements: ReadonlyMap<string, TargetAnalysis>;
}

/**
 * Every team against the nine elements, read the way a team report reads its
 * scores: each cell pools, over the window, the rounds of the team and every
 * team below it that were themselves shown (each at or above its own k),
 * weighted by their answers, with its n, rounds and statements. A round
 * under k never enters a cell, so a cell is a sum of figures the teams'
 * own pages already show, and no difference between cells (a roll-up less a
 * sibling) can single out a round that was hidden. A cell with nothing shown
 * says why: nothing asked in the window, or asked and hidden under k.
 */
export function rollingHeatmap(
  teams: readonly HeatmapTeam[],
  bank: ContentBank,
  window: WeekWindow,
): Map<string, HeatmapCellInput[]> {
  const below = (teamId: string, seen: ReadonlySet<string>): HeatmapTeam[] =>
    teams
      .filter((t) => t.parentId === teamId && !seen.has(t.id))
      .flatMap((child) => [child, ...below(child.id, new Set([...seen, child.id]))]);
  return new Map(
    teams.map((team) => {
      const subtree = [team, ...below(team.id, new Set([team.id]))];
      const leaf = subtree.length === 1;
      const cells = bank.elements.map((element): HeatmapCellInput => {
        const own = team.elements.get(element.key);
        const score = rollingScore(
          subtree.flatMap((t) => t.elements.get(element.key)?.snapshots ?? []),
          window,
        );
        // A roll-up has no periods of its own to compare; a team's own change is its report's.
        const change = leaf && score.status === 'shown' ? own?.change : undefined;
        return { element: element.key, ...pooledFigure(score), ...(change ? { change } : {}) };
      });
      return [team.id, cells] as const;
    }),
  );
}
