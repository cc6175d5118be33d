import type { PersonSlots } from './rotation-person.ts';
import { compareText } from './tie-break.ts';

/**
 * Splits a team's members into answer groups of at least `k` people, so that
 * everyone in a group can be given the same statements and each reaches k.
 *
 * Members whose open statements are identical form a cohort (a team that started
 * together moves through the bank in lock-step). A cohort of at least k people
 * becomes one or more groups (floor(size / k), balanced), so a larger team
 * covers more statements per round. Smaller cohorts (newcomers) join
 * the group whose common open set overlaps theirs most; if there is no such
 * group yet they are pooled until the pool reaches k. A team smaller than 2k is
 * one group.
 */
export function formGroups(pool: readonly PersonSlots[], k: number): PersonSlots[][] {
  const people = [...pool].sort((a, b) => a.order - b.order || compareText(a.id, b.id));
  if (people.length < 2 * k) return people.length > 0 ? [people] : [];

  const cohorts = new Map<string, PersonSlots[]>();
  for (const person of people) {
    const signature = openIds(person).sort().join('\u0000');
    const cohort = cohorts.get(signature);
    if (cohort) cohort.push(person);
    else cohorts.set(signature, [person]);
  }
  const ordered = [...cohorts.entries()].sort(
    ([sa, a], [sb, b]) => b.length - a.length || compareText(sa, sb),
  );

  const groups: Group[] = [];
  const small: PersonSlots[][] = [];
  for (const [, cohort] of ordered) {
    if (cohort.length >= k) {
      for (const chunk of balancedChunks(cohort, Math.floor(cohort.length / k))) groups.push(group(chunk));
    } else {
      small.push(cohort);
    }
  }

  let pending: PersonSlots[] = [];
  for (const cohort of small) {
    if (groups.length === 0) {
      pending.push(...cohort);
      if (pending.length >= k) {
        groups.push(group(pending));
        pending = [];
      }
    } else {
      join(groups, cohort);
    }
  }
  if (pending.length > 0) {
    if (groups.length === 0) groups.push(group(pending));
    else join(groups, pending);
  }
  return groups.map((g) => g.members);
}

interface Group {
  members: PersonSlots[];
  /** Statement ids open for every member. */
  common: Set<string>;
}

function group(members: PersonSlots[]): Group {
  const [first, ...rest] = members;
  const common = new Set(first ? openIds(first) : []);
  for (const member of rest) intersect(common, openIds(member));
  return { members: [...members], common };
}

function join(groups: Group[], newcomers: readonly PersonSlots[]): void {
  const theirs = new Set(newcomers.flatMap(openIds));
  let best: Group | undefined;
  let bestOverlap = -1;
  for (const g of groups) {
    let overlap = 0;
    for (const id of g.common) if (theirs.has(id)) overlap++;
    if (
      overlap > bestOverlap ||
      (overlap === bestOverlap && best && g.members.length < best.members.length)
    ) {
      best = g;
      bestOverlap = overlap;
    }
  }
  if (!best) return;
  best.members.push(...newcomers);
  for (const person of newcomers) intersect(best.common, openIds(person));
}

function openIds(person: PersonSlots): string[] {
  return [...person.open];
}

function intersect(set: Set<string>, ids: readonly string[]): void {
  const keep = new Set(ids);
  for (const id of set) if (!keep.has(id)) set.delete(id);
}

function balancedChunks<T>(items: readonly T[], count: number): T[][] {
  const chunks: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(items.length / count) + (i < items.length % count ? 1 : 0);
    chunks.push(items.slice(start, start + size));
    start += size;
  }
  return chunks;
}
