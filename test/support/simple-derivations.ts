import type { FigureOver, RespondentGroup } from '../../src/core/index.ts';

/**
 * A second, plain search beside the rank search: a single figure under k,
 * the difference of every pair of figures, and every figure minus as many
 * disjoint figures inside it as fit (a parent minus its shown parts, the
 * organisation minus shown teams). Returns the groups it isolated with fewer
 * people than their k, or null.
 */
export function simpleDerivation(
  groups: readonly RespondentGroup[],
  figures: readonly FigureOver[],
): string[] | null {
  const byId = new Map(groups.filter((g) => g.respondents > 0).map((g) => [g.id, g] as const));
  const sets = figures.map((f) => new Set(f.groups.filter((id) => byId.has(id)))).filter((s) => s.size > 0);
  const tooSmall = (ids: readonly string[]) => {
    if (ids.length === 0) return false;
    const members = ids.map((id) => byId.get(id) as RespondentGroup);
    const people = members.reduce((total, g) => total + g.respondents, 0);
    return people < Math.max(...members.map((g) => g.k));
  };
  for (const a of sets) {
    if (tooSmall([...a])) return [...a];
    for (const b of sets) {
      const difference = [...a].filter((id) => !b.has(id)).concat([...b].filter((id) => !a.has(id)));
      if (tooSmall(difference)) return difference;
    }
    const inside = sets.filter((b) => b !== a && b.size < a.size && [...b].every((id) => a.has(id)));
    inside.sort((x, y) => y.size - x.size);
    const rest = new Set(a);
    for (const part of inside) {
      if ([...part].every((id) => rest.has(id))) for (const id of part) rest.delete(id);
    }
    if (tooSmall([...rest])) return [...rest];
  }
  return null;
}
