import { PulseError } from '../errors.ts';
import { assertK } from './anonymity.ts';
import { compareText } from './tie-break.ts';

/**
 * A group in a reporting hierarchy (organisation → department → team) with
 * its respondents, counting everyone below it. A parent may have direct
 * members in no child: then its count exceeds the sum of its children's.
 */
export interface GroupCount {
  readonly id: string;
  readonly parentId?: string;
  readonly respondents: number;
}

export type CellDecision =
  | { readonly id: string; readonly visible: true }
  | { readonly id: string; readonly visible: false; readonly reason: 'below_k' | 'complementary' };

/**
 * Decides which groups of a hierarchy may be shown so that no group below k
 * can be worked out by subtracting shown groups from each other.
 *
 * Rule: groups under k are hidden ('below_k'). Then, for every shown group V,
 * take the shown groups just below it (its children, or for a hidden child,
 * that child's shown groups, and so on): what V has beyond them — hidden
 * children plus its direct members — is its "gap" and is exactly what
 * subtraction reveals. Every gap must be 0 or at least k. While one is not,
 * the smallest shown group under V whose hiding widens the gap is hidden as
 * well ('complementary'), and the check repeats until every gap is safe.
 * Because the groups form a tree, every figure derivable from shown groups is
 * a sum of gaps, so no derivable group is smaller than k.
 *
 * Input order is kept in the output; the result is deterministic.
 */
export function suppressRollUp(groups: readonly GroupCount[], k: number): CellDecision[] {
  assertK(k);
  const tree = buildTree(groups);
  const hidden = new Map<string, 'below_k' | 'complementary'>();
  for (const g of groups) if (g.respondents < k) hidden.set(g.id, 'below_k');

  const visible = (id: string) => !hidden.has(id);
  const frontier = (id: string): GroupCount[] =>
    (tree.children.get(id) ?? []).flatMap((child) => (visible(child.id) ? [child] : frontier(child.id)));
  const gap = (g: GroupCount) => g.respondents - sum(frontier(g.id));

  for (;;) {
    const unsafe = tree.ordered.find((g) => visible(g.id) && gap(g) > 0 && gap(g) < k);
    if (!unsafe) break;
    const below = frontier(unsafe.id).sort(
      (a, b) => a.respondents - b.respondents || compareText(a.id, b.id),
    );
    // Hiding a group that is fully covered by its own shown children reveals nothing more.
    const pick = below.find((g) => gap(g) > 0) ?? below[0];
    if (!pick) throw new Error('unreachable: a shown group with a small gap has shown groups below it');
    hidden.set(pick.id, 'complementary');
  }

  return groups.map((g) => {
    const reason = hidden.get(g.id);
    return reason ? { id: g.id, visible: false, reason } : { id: g.id, visible: true };
  });
}

interface Tree {
  readonly children: ReadonlyMap<string, GroupCount[]>;
  /** Parents before children, then by id: the order in which gaps are checked. */
  readonly ordered: readonly GroupCount[];
}

function buildTree(groups: readonly GroupCount[]): Tree {
  const byId = new Map<string, GroupCount>();
  for (const g of groups) {
    if (byId.has(g.id)) throw new PulseError('usage', `The group "${g.id}" appears twice in the hierarchy.`);
    if (!Number.isInteger(g.respondents) || g.respondents < 0) {
      throw new PulseError(
        'usage',
        `The group "${g.id}" has an invalid respondent count (${g.respondents}).`,
      );
    }
    byId.set(g.id, g);
  }
  const children = new Map<string, GroupCount[]>();
  for (const g of groups) {
    if (g.parentId === undefined) continue;
    if (!byId.has(g.parentId)) {
      throw new PulseError(
        'usage',
        `The group "${g.id}" names a parent "${g.parentId}" that is not in the hierarchy.`,
      );
    }
    const list = children.get(g.parentId) ?? [];
    list.push(g);
    children.set(g.parentId, list);
  }
  for (const [parentId, list] of children) {
    list.sort((a, b) => compareText(a.id, b.id));
    const parent = byId.get(parentId);
    if (parent && parent.respondents < sum(list)) {
      throw new PulseError(
        'usage',
        `The group "${parentId}" has ${parent.respondents} respondents but its groups have ${sum(list)} together; a parent counts everyone below it.`,
      );
    }
  }
  const ordered: GroupCount[] = [];
  const visit = (g: GroupCount) => {
    ordered.push(g);
    for (const child of children.get(g.id) ?? []) visit(child);
  };
  const roots = groups.filter((g) => g.parentId === undefined).sort((a, b) => compareText(a.id, b.id));
  for (const root of roots) visit(root);
  if (ordered.length !== groups.length) {
    throw new PulseError('usage', 'The group hierarchy has a cycle: some group is its own ancestor.');
  }
  return { children, ordered };
}

function sum(groups: readonly GroupCount[]): number {
  return groups.reduce((total, g) => total + g.respondents, 0);
}
