import { compareText } from './tie-break.ts';
import {
  figuresBehind,
  findDerivation,
  groupUniverse,
  independentFigures,
  markKnown,
  type FigureOver,
  type GroupUniverse,
  type RespondentGroup,
} from './derivation-search.ts';

/**
 * A figure a view would like to show. When something must give way, lower
 * `priority` is hidden first (a roll-up before an organisation total, say),
 * then the figure about fewer people.
 */
export interface CandidateFigure extends FigureOver {
  readonly priority: number;
}

export type DisclosureDecision =
  { readonly visible: true } | { readonly visible: false; readonly reason: 'below_k' | 'complementary' };

/**
 * The one suppression model behind every figure any viewer can reach.
 *
 * `published` are figures viewers have already seen or always see (a team's
 * own figure for a round, the same period as shown at an earlier moment):
 * they cannot be taken back, so they count as known. Each candidate is
 * hidden when it is about fewer people than the strictest k of its groups'
 * rounds ('below_k'). Then, while some combination of everything visible
 * isolates fewer people than their k (`findDerivation`), one candidate that
 * takes part in it is hidden ('complementary'): when in doubt, the figure is
 * hidden. The result is deterministic.
 */
export function decideDisclosure(input: {
  readonly groups: readonly RespondentGroup[];
  readonly published: readonly FigureOver[];
  readonly candidates: readonly CandidateFigure[];
}): Map<string, DisclosureDecision> {
  return decide(
    new Map(input.groups.map((g) => [g.id, g] as const)),
    groupUniverse(input.groups),
    input.published,
    input.candidates,
    false,
  );
}

/** `decideDisclosure` over groups indexed once (`byId` every group, `universe` what is still searched). */
function decide(
  byId: ReadonlyMap<string, RespondentGroup>,
  universe: GroupUniverse,
  published: readonly FigureOver[],
  candidates: readonly CandidateFigure[],
  settled: boolean,
): Map<string, DisclosureDecision> {
  const decisions = new Map<string, DisclosureDecision>();
  const shown: CandidateFigure[] = [];
  for (const candidate of candidates) {
    if (underK(candidate, byId)) decisions.set(candidate.id, { visible: false, reason: 'below_k' });
    else shown.push(candidate);
  }
  // When the published figures are `settled` (no derivation among them), candidates that add
  // nothing to what they say keep it so: a candidate with nothing left in the search (every group
  // of it known) is a zero row, and one over the same remaining groups as a published figure is
  // that figure's row. The span, so every derivation, is the same: no search needed.
  const said = settled ? new Set(['', ...published.map((f) => remainingKey(f, universe))]) : undefined;
  const addsNothing = said !== undefined && shown.every((f) => said.has(remainingKey(f, universe)));
  // Nothing new to show: what is published was decided before.
  for (; shown.length > 0 && !addsNothing;) {
    const derivation = findDerivation(universe, [...published, ...shown]);
    if (!derivation) break;
    const pick = complementFor(derivation.groups, universe, published, shown, byId);
    if (!pick) {
      throw new Error(
        `The published figures already isolate ${derivation.respondents} people (k ${derivation.k}); they must be decided by this model.`,
      );
    }
    shown.splice(shown.indexOf(pick), 1);
    decisions.set(pick.id, { visible: false, reason: 'complementary' });
  }
  for (const figure of shown) decisions.set(figure.id, { visible: true });
  return decisions;
}

/**
 * The candidate to hide against a derivation of `isolated`: of the shown
 * candidates that take part in some combination confined to those people,
 * the first in hiding order. Each call hides one, so the loop ends.
 */
function complementFor(
  isolated: readonly string[],
  universe: GroupUniverse,
  published: readonly FigureOver[],
  shown: readonly CandidateFigure[],
  byId: ReadonlyMap<string, RespondentGroup>,
): CandidateFigure | undefined {
  const behind = new Set(figuresBehind(universe, [...published, ...shown], isolated));
  return shown
    .filter((c) => behind.has(c))
    .sort(
      (a, b) =>
        a.priority - b.priority ||
        sizeOf(a, byId).respondents - sizeOf(b, byId).respondents ||
        compareText(a.id, b.id),
    )[0];
}

/**
 * Decides figures moment by moment (each moment: what every view shows
 * after one more round closed). What was shown at one moment stays known at
 * every later one, so a period seen before and after another team's round
 * closed cannot be subtracted from itself. `fixed` figures of a moment (a
 * team's own round figures) are shown as they come when they reach k and
 * are never hidden as a complement. Returns each moment's decisions.
 *
 * A published single-group figure has at least its group's k people, so
 * its group is taken out of every later search (`markKnown` says why that
 * finds the same derivations, and the same smallest one first); the search
 * then runs over the groups still hidden, which are few however many rounds
 * closed. `projectKnown: false` keeps those figures as rows instead: the
 * same decisions, slowly, for tests to compare against.
 */
export function discloseOverTime(
  groups: readonly RespondentGroup[],
  moments: readonly {
    readonly fixed: readonly FigureOver[];
    readonly candidates: readonly CandidateFigure[];
  }[],
  options: { readonly projectKnown?: boolean } = {},
): Map<string, DisclosureDecision>[] {
  const project = options.projectKnown ?? true;
  const byId = new Map(groups.map((g) => [g.id, g] as const));
  const universe = groupUniverse(groups);
  const published = new Set<string>();
  // Groups in published figures of several groups; a group of them shown on its own later changes
  // what those figures say, so the next moment searches everything again (`settled` false).
  const inFigures = new Set<string>();
  let settled = true;
  // What the published figures say together, kept small: every single-group figure (or, projected,
  // its group out of the search), and of the others only those that add something (the same span,
  // so the same derivations; with singles projected out, the same holds of the remaining span).
  const singles: FigureOver[] = [];
  let others: FigureOver[] = [];
  const publish = (figure: FigureOver, added: FigureOver[]) => {
    const key = keyOf(figure);
    if (published.has(key)) return;
    published.add(key);
    const only = new Set(figure.groups);
    const [group] = only;
    if (only.size === 1 && inFigures.has(group as string)) settled = false;
    if (only.size !== 1) {
      added.push(figure);
      for (const id of only) inFigures.add(id);
    } else if (project) markKnown(universe, group as string);
    else singles.push(figure);
  };
  const known = (added: readonly FigureOver[]) => {
    const kept = new Set(independentFigures(universe, [...singles, ...others, ...added]));
    others = [...others, ...added].filter((figure) => kept.has(figure));
  };
  return moments.map((moment) => {
    const added: FigureOver[] = [];
    const fixed = new Map<string, DisclosureDecision>();
    for (const figure of moment.fixed) {
      if (underK(figure, byId)) {
        fixed.set(figure.id, { visible: false, reason: 'below_k' });
        continue;
      }
      publish(figure, added);
      fixed.set(figure.id, { visible: true });
    }
    const fresh = moment.candidates.filter((c) => !published.has(keyOf(c)));
    const decisions = decide(byId, universe, [...singles, ...others, ...added], fresh, settled);
    // A search ran over everything published and shown (or would have thrown): settled again.
    if (fresh.some((c) => !underK(c, byId))) settled = true;
    for (const candidate of moment.candidates) {
      // The same groups shown before: the same numbers, already known.
      if (published.has(keyOf(candidate))) decisions.set(candidate.id, { visible: true });
      else if (decisions.get(candidate.id)?.visible) publish(candidate, added);
    }
    if (added.length > 0) known(added);
    return new Map([...fixed, ...decisions]);
  });
}

// Replays ask for the key of the same figure at every moment; its groups never change.
const keys = new WeakMap<readonly string[], string>();

function keyOf(figure: FigureOver): string {
  let key = keys.get(figure.groups);
  if (key === undefined) {
    key = [...new Set(figure.groups)].sort(compareText).join('\u0000');
    keys.set(figure.groups, key);
  }
  return key;
}

/** The figure's groups still in the search, as a key: two figures with the same key are the same row there. */
function remainingKey(figure: FigureOver, universe: GroupUniverse): string {
  return [...new Set(figure.groups.filter((id) => universe.open.has(id)))].sort(compareText).join('\u0000');
}

/** A figure about no one, or about fewer people than the strictest k of its groups' rounds. */
function underK(figure: FigureOver, byId: ReadonlyMap<string, RespondentGroup>): boolean {
  const { respondents, k } = sizeOf(figure, byId);
  return respondents < k || respondents === 0;
}

function sizeOf(
  figure: FigureOver,
  byId: ReadonlyMap<string, RespondentGroup>,
): { respondents: number; k: number } {
  let respondents = 0;
  let k = 0;
  for (const id of new Set(figure.groups)) {
    const group = byId.get(id);
    if (!group || group.respondents === 0) continue;
    respondents += group.respondents;
    k = Math.max(k, group.k);
  }
  return { respondents, k };
}
