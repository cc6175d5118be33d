import type { RespondentsOf, TeamRounds } from '../../src/app/reports/org-disclosure.ts';
import { seededRandom } from '../../src/app/simulation/random.ts';

const day = 24 * 60 * 60 * 1000;

/**
 * A generated organisation's history as the organisation report replays it:
 * `teams` teams in a tree (each team under the one `branching` places
 * before it, so levels of parents and children), one round a week for
 * `weeks` weeks. About one team in five is small, near k, so its rounds are
 * often under k; people miss rounds; k changes between rounds for some
 * teams; rounds close in any order within the week and some close late,
 * after the next week's rounds, so a week is seen before and after another
 * team's close. The same seed gives the same history.
 */
export function generatedOrgHistory(options: {
  readonly teams: number;
  readonly weeks: number;
  readonly seed: number;
  readonly branching?: number;
}): { teams: TeamRounds[]; respondents: RespondentsOf } {
  const random = seededRandom(options.seed);
  const pick = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const branching = options.branching ?? 4;
  const answered = new Map<string, number>();
  const start = Date.UTC(2026, 0, 5, 9);
  const teams: TeamRounds[] = Array.from({ length: options.teams }, (_, t) => {
    const id = `team-${String(t).padStart(2, '0')}`;
    const small = random() < 0.2;
    const size = small ? pick(3, 6) : pick(6, 15);
    const kChangesAt = random() < 0.3 ? pick(1, options.weeks) : options.weeks + 1;
    const rounds = Array.from({ length: options.weeks }, (_, w) => {
      const week = `2026-W${String(w + 1).padStart(2, '0')}`;
      answered.set(`${id} ${week}`, Math.max(0, size - pick(0, 3)));
      const late = random() < 0.1 ? 8 * day : 0;
      return {
        id: `${id}/${week}`,
        week,
        k: w + 1 >= kChangesAt ? 3 : 5,
        closedAt: new Date(start + w * 7 * day + pick(0, 4 * 24) * 60 * 60 * 1000 + late),
      };
    });
    const parent = t === 0 ? undefined : `team-${String(Math.floor((t - 1) / branching)).padStart(2, '0')}`;
    return { id, ...(parent ? { parentId: parent } : {}), rounds };
  });
  return { teams, respondents: (teamId, week) => answered.get(`${teamId} ${week}`) ?? 0 };
}
