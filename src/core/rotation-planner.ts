import type { PersonSlots } from './rotation-person.ts';
import { compareTuples } from './tie-break.ts';

/** A statement as the planner ranks it. */
export interface StatementMeta {
  readonly id: string;
  readonly target: string;
  readonly urgency: number;
  /** Team members who have not had it in their current cycle (more = the team needs it more). */
  readonly unasked: number;
  readonly order: number;
}

/**
 * Hands out statements for one round: first to groups of members (each
 * statement to at least `threshold` of them; a group prefers, after other
 * targets, the statements fewest of the team have had, so the groups of a
 * large team spread over the bank), then every slot still free.
 * It counts per statement how many members were asked (`reach`) and per
 * target how often it was picked, so later picks favour other targets.
 */
export class Planner {
  readonly reach = new Map<string, number>();
  private readonly targetUse = new Map<string, number>();

  private readonly statements: readonly StatementMeta[];
  private readonly k: number;
  /** Members a statement needs in the group stage (k, or 1 in a team below k). */
  private readonly threshold: number;

  constructor(statements: readonly StatementMeta[], k: number, threshold: number) {
    this.statements = statements;
    this.k = k;
    this.threshold = threshold;
  }

  /** Counts a statement pinned for members before the groups, so later picks favour other targets. */
  notePinned(statementId: string, members: number): void {
    const s = this.statements.find((x) => x.id === statementId);
    if (!s || members === 0) return;
    this.reach.set(s.id, (this.reach.get(s.id) ?? 0) + members);
    this.targetUse.set(s.target, this.use(s) + 1);
  }

  /** Gives a group of members shared statements, each to at least `threshold` of them. */
  fillGroup(group: readonly PersonSlots[]): void {
    for (;;) {
      const active = group.filter((p) => p.free > 0);
      const best = this.best(active, (t) =>
        t.team < this.threshold
          ? undefined
          : [
              -t.mandatory,
              t.takers === t.eligible ? 0 : 1,
              this.use(t.s),
              -t.s.unasked,
              -t.s.urgency,
              -t.takers,
              t.s.order,
            ],
      );
      if (!best) return;
      this.assign(best, active);
    }
  }

  /**
   * Fills every remaining slot: statements someone must have first, then ones
   * that stay reportable, then ones the team is asked this round (so a leader
   * rates what the team rates).
   */
  fillRest(people: readonly PersonSlots[]): void {
    for (;;) {
      const active = people.filter((p) => p.free > 0);
      const best = this.best(active, (t) => {
        if (t.takers === 0) return undefined;
        const already = this.reach.get(t.s.id) ?? 0;
        const safe = t.team === 0 || already + t.team >= this.k;
        return [
          -t.mandatory,
          safe ? 0 : 1,
          already > 0 ? 0 : 1,
          -t.takers,
          this.use(t.s),
          -t.s.urgency,
          t.s.order,
        ];
      });
      if (!best) return;
      this.assign(best, active);
    }
  }

  private best(
    active: readonly PersonSlots[],
    key: (tally: Tally) => number[] | undefined,
  ): StatementMeta | undefined {
    if (active.length === 0) return undefined;
    let best: StatementMeta | undefined;
    let bestKey: number[] | undefined;
    for (const s of this.statements) {
      const candidate = key(tally(s, active));
      if (candidate && (!bestKey || compareTuples(candidate, bestKey) < 0)) {
        best = s;
        bestKey = candidate;
      }
    }
    return best;
  }

  private assign(s: StatementMeta, active: readonly PersonSlots[]): void {
    for (const person of active) {
      if (!person.canTake(s.id)) continue;
      person.take(s.id);
      if (person.role === 'member') this.reach.set(s.id, (this.reach.get(s.id) ?? 0) + 1);
    }
    this.targetUse.set(s.target, this.use(s) + 1);
  }

  private use(s: StatementMeta): number {
    return this.targetUse.get(s.target) ?? 0;
  }
}

interface Tally {
  readonly s: StatementMeta;
  /** People who can take it now / of whom members / for whom it is mandatory. */
  readonly takers: number;
  readonly team: number;
  readonly mandatory: number;
  /** People to whom it applies and who have not had it this round. */
  readonly eligible: number;
}

function tally(s: StatementMeta, active: readonly PersonSlots[]): Tally {
  let takers = 0;
  let team = 0;
  let mandatory = 0;
  let eligible = 0;
  for (const person of active) {
    const voice = person.voiceOf(s.id);
    if (!voice || person.assigned.includes(s.id)) continue;
    eligible++;
    if (!person.canTake(s.id)) continue;
    takers++;
    if (person.role === 'member') team++;
    if (person.isMandatory(s.id)) mandatory++;
  }
  return { s, takers, team, mandatory, eligible };
}
