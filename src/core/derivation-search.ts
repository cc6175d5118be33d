import { independentRows, kernelOf, rankOn, rowsCombinedWithout, spanWithout } from './exact-span.ts';

/**
 * The respondents of one group in one round for one measure (a team's
 * answers to one element in one round, say): the smallest set a figure is
 * made of. `k` is the threshold its round promised its people.
 */
export interface RespondentGroup {
  readonly id: string;
  readonly respondents: number;
  readonly k: number;
}

/** A figure someone can see: the aggregate (n, sum, favourable …) over the union of its groups. */
export interface FigureOver {
  readonly id: string;
  readonly groups: readonly string[];
}

/** Groups whose people's answers some combination of visible figures isolates. */
export interface Derivation {
  readonly groups: readonly string[];
  /** How many people the derived figure is about: fewer than `k`. */
  readonly respondents: number;
  /** The strictest k among those groups' rounds. */
  readonly k: number;
}

/**
 * Looks for a combination of figures that yields a figure about fewer
 * people than their rounds' k.
 *
 * Each figure is the indicator vector of its groups, so anything worked out
 * from visible figures by adding and subtracting them (and any weighted
 * combination) is a vector in their span; it says something about exactly
 * the people of the groups in its support. A derivation is a non-zero vector
 * in the span whose support has fewer people than the largest k among its
 * groups. That covers a single figure under k, pairwise and nested
 * differences, hierarchy levels minus each other and the organisation total
 * minus visible teams, whatever the number of figures involved.
 *
 * How: a support that holds a group of at least K people (K the largest k)
 * is never too small, so only the span's part that is zero on those "large"
 * groups matters. That part is computed exactly (rational row reduction);
 * then the sets of small groups with fewer than K people are tried, smallest
 * first. The vectors inside a set S form a space of dimension rank − rank
 * without S's columns; some vector has exactly S as its support when that
 * space is larger than the one inside S less any one group. The first hit
 * is a smallest set.
 */
export function findDerivation(
  groups: readonly RespondentGroup[] | GroupUniverse,
  figures: readonly FigureOver[],
): Derivation | null {
  const system = figureMatrix(universeOf(groups), figures);
  const large = system.columns.filter((g) => g.respondents >= system.ceiling);
  const small = system.columns.filter((g) => g.respondents < system.ceiling);
  if (small.length === 0) return null;
  const column = new Map(system.columns.map((g, i) => [g.id, i] as const));
  const ceiling = system.ceiling;
  const matrix = system.rows;
  const basis = spanWithout(
    matrix,
    large.map((g) => column.get(g.id) ?? -1),
    small.map((g) => column.get(g.id) ?? -1),
  );
  if (basis.length === 0) return null;

  // Only groups some vector of that part touches can be in a support.
  const touched = small
    .map((g, i) => ({ group: g, index: i }))
    .filter(({ index }) => basis.some((row) => row[index] !== 0))
    .sort((a, b) => a.group.respondents - b.group.respondents);
  const all = small.map((_, i) => i);
  const rank = basis.length;
  // How many independent vectors of that part lie inside a set of groups S: with W a basis of the
  // vectors orthogonal to it (its kernel), the part is exactly the vectors W sends to zero, so those
  // inside S are the kernel of W restricted to S's columns: |S| − rank W[:, S]. That rank is over a
  // few columns (S has fewer than K people), where rank − rank without S's columns would reduce the
  // whole part for every set tried; both are the same number. Without W (a value past the safe
  // integers) the latter is used.
  const kernel = kernelOf(basis, small.length);
  const inside = (set: readonly Indexed[]): number => {
    if (kernel)
      return (
        set.length -
        rankOn(
          kernel,
          set.map((s) => s.index),
        )
      );
    const out = new Set(set.map((s) => s.index));
    return (
      rank -
      rankOn(
        basis,
        all.filter((i) => !out.has(i)),
      )
    );
  };

  for (let size = 1; size <= touched.length; size++) {
    const found = firstSet(touched, size, ceiling, (set) => {
      const respondents = sumOf(set.map((s) => s.group));
      const k = Math.max(...set.map((s) => s.group.k));
      if (respondents >= k) return false;
      // Some vector's support is exactly the set: the vectors inside it are
      // more than those inside the set less any one of its groups.
      const whole = inside(set);
      return whole > 0 && set.every((s) => whole > inside(set.filter((other) => other !== s)));
    });
    if (found) {
      const members = found.map((s) => s.group);
      return {
        groups: members.map((g) => g.id),
        respondents: sumOf(members),
        k: Math.max(...members.map((g) => g.k)),
      };
    }
  }
  return null;
}

/**
 * The figures that take part in some combination confined to the people of
 * `isolated`: hiding one of them is what can break a derivation of them.
 */
export function figuresBehind(
  groups: readonly RespondentGroup[] | GroupUniverse,
  figures: readonly FigureOver[],
  isolated: readonly string[],
): FigureOver[] {
  const system = figureMatrix(universeOf(groups), figures);
  const inside = new Set(isolated);
  const outside = system.columns.flatMap((g, i) => (inside.has(g.id) ? [] : [i]));
  return rowsCombinedWithout(system.rows, outside).map((i) => system.figures[i] as FigureOver);
}

/**
 * Figures that say everything `figures` say together: each adds something
 * the ones before it do not, so any combination of the rest is one of
 * these. What can be derived is the same; the search over them is cheaper.
 */
export function independentFigures(
  groups: readonly RespondentGroup[] | GroupUniverse,
  figures: readonly FigureOver[],
): FigureOver[] {
  const system = figureMatrix(universeOf(groups), figures);
  return independentRows(system.rows).map((i) => system.figures[i] as FigureOver);
}

/**
 * The groups a search runs over, indexed once so that a replay of many
 * moments does not rebuild it: the groups with respondents still `open`
 * (each with its place in the input order, which keeps the search's
 * choices deterministic) and the largest k among all groups with
 * respondents.
 */
export interface GroupUniverse {
  readonly open: Map<string, { readonly group: RespondentGroup; readonly order: number }>;
  readonly ceiling: number;
}

export function groupUniverse(groups: readonly RespondentGroup[]): GroupUniverse {
  const open = new Map<string, { group: RespondentGroup; order: number }>();
  let ceiling = 0;
  for (const group of groups) {
    if (group.respondents <= 0) continue;
    open.set(group.id, { group, order: open.size });
    ceiling = Math.max(ceiling, group.k);
  }
  return { open, ceiling };
}

/**
 * Takes a group out of the search because a visible figure shows it on its
 * own, with at least its k people. Sound: that figure puts the group's unit
 * vector in the span, so every combination can have the group subtracted
 * out and the span restricted to the other groups is exactly the
 * combinations that do not touch it. And no smallest derivation touches it:
 * a support S holding it (n ≥ its k) with fewer people than S's largest k
 * would have that largest k on another group (its own k is at most its
 * people, fewer than S's), so S without it is a derivation too, over fewer
 * people and groups, under the same k.
 */
export function markKnown(universe: GroupUniverse, id: string): void {
  universe.open.delete(id);
}

function universeOf(groups: readonly RespondentGroup[] | GroupUniverse): GroupUniverse {
  return 'open' in groups ? groups : groupUniverse(groups);
}

/**
 * The figures as rows over the open groups they touch (a group no figure
 * touches is a zero column: it changes no reduction). Two shortcuts keep
 * it small without changing what can be derived: a group of at least K
 * people that some figure shows on its own is known, so its column is
 * dropped (subtracting that figure clears it anywhere; see `markKnown`)
 * with that figure; and a figure over the same groups as an earlier one is
 * the same row.
 */
function figureMatrix(
  universe: GroupUniverse,
  figures: readonly FigureOver[],
): { columns: RespondentGroup[]; rows: number[][]; figures: FigureOver[]; ceiling: number } {
  const { open, ceiling } = universe;
  const known = new Set<string>();
  const touched = new Set<string>();
  for (const figure of figures) {
    let only: RespondentGroup | undefined;
    let alone = true;
    for (const id of figure.groups) {
      const group = open.get(id)?.group;
      if (!group) continue;
      touched.add(id);
      if (group === only || !alone) continue;
      alone = only === undefined;
      only = group;
    }
    if (alone && only && only.respondents >= ceiling) known.add(only.id);
  }
  const columns = [...touched]
    .filter((id) => !known.has(id))
    .map((id) => open.get(id) as { group: RespondentGroup; order: number })
    .sort((a, b) => a.order - b.order)
    .map((entry) => entry.group);
  const column = new Map(columns.map((g, i) => [g.id, i] as const));
  const rows: number[][] = [];
  const kept: FigureOver[] = [];
  const seen = new Set<string>();
  for (const figure of figures) {
    const indices: number[] = [];
    for (const id of figure.groups) {
      const index = column.get(id);
      if (index !== undefined) indices.push(index);
    }
    if (indices.length === 0) continue;
    const key = indices.sort((a, b) => a - b).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    const row = new Array<number>(columns.length).fill(0);
    for (const index of indices) row[index] = 1;
    rows.push(row);
    kept.push(figure);
  }
  return { columns, rows, figures: kept, ceiling };
}

interface Indexed {
  readonly group: RespondentGroup;
  readonly index: number;
}

/** The first set of `size` groups (sorted smallest first) with fewer than `ceiling` people that passes `test`. */
function firstSet(
  groups: readonly Indexed[],
  size: number,
  ceiling: number,
  test: (set: readonly Indexed[]) => boolean,
): Indexed[] | null {
  const chosen: Indexed[] = [];
  const visit = (start: number, people: number): boolean => {
    if (chosen.length === size) return test(chosen);
    for (let i = start; i < groups.length; i++) {
      const next = groups[i] as Indexed;
      // Sorted by size: once one is too big, every later one is too.
      if (people + next.group.respondents >= ceiling) return false;
      chosen.push(next);
      if (visit(i + 1, people + next.group.respondents)) return true;
      chosen.pop();
    }
    return false;
  };
  return visit(0, 0) ? [...chosen] : null;
}

function sumOf(groups: readonly RespondentGroup[]): number {
  return groups.reduce((total, g) => total + g.respondents, 0);
}
