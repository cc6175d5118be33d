import type { Audience } from '../model/keys.ts';

/**
 * One person's state while a round is planned: which statements apply (and in
 * which voice), which are still open in their cycle, and what they have been
 * given so far. A round may first pin the team's coverage statements (`pin`),
 * which may repeat one asked earlier in the cycle. Every other statement
 * follows the cycle rule: it comes from the open set; only when fewer are open
 * than slots are left does the cycle wrap, and then every open statement is
 * mandatory and the rest comes from the new cycle.
 */
export class PersonSlots {
  readonly assigned: string[] = [];
  private readonly taken = new Set<string>();
  private mandatoryLeft: number;
  /** Open statements not pinned, and slots not pinned: the cycle rule works on these. */
  private openUnpinned: number;
  private slotsUnpinned: number;

  readonly id: string;
  readonly role: 'member' | 'leader';
  /** Tie-break rank of this person for this round. */
  readonly order: number;
  /** Applicable statement id → the voice the person answers it in. */
  readonly voices: ReadonlyMap<string, Audience>;
  /** Statement ids asked earlier in the current cycle (applicable ones only). */
  readonly askedBefore: readonly string[];
  /** Applicable statement ids not yet asked in the current cycle. */
  readonly open: ReadonlySet<string>;
  readonly slots: number;
  /** True when the history covered everything and a new cycle starts now. */
  readonly restarted: boolean;

  constructor(
    id: string,
    role: 'member' | 'leader',
    order: number,
    voices: ReadonlyMap<string, Audience>,
    askedBefore: readonly string[],
    open: ReadonlySet<string>,
    slots: number,
    restarted: boolean,
  ) {
    this.id = id;
    this.role = role;
    this.order = order;
    this.voices = voices;
    this.askedBefore = askedBefore;
    this.open = open;
    this.slots = slots;
    this.restarted = restarted;
    this.openUnpinned = open.size;
    this.slotsUnpinned = slots;
    this.mandatoryLeft = this.wraps ? open.size : 0;
  }

  /** Fewer open statements than unpinned slots: all open ones now, the rest from a new cycle. */
  get wraps(): boolean {
    return this.openUnpinned < this.slotsUnpinned;
  }

  /**
   * Gives the round's coverage statements before anything else, as far as
   * they apply and fit, whether or not they are open in the cycle.
   */
  pin(statementIds: readonly string[]): void {
    if (this.assigned.length > 0) throw new Error(`planner bug: ${this.id} is pinned after other statements`);
    for (const id of statementIds) {
      if (this.free <= 0 || this.taken.has(id) || !this.voices.has(id)) continue;
      this.taken.add(id);
      this.assigned.push(id);
      if (this.open.has(id)) this.openUnpinned--;
      this.slotsUnpinned--;
    }
    this.mandatoryLeft = this.wraps ? this.openUnpinned : 0;
  }

  get free(): number {
    return this.slots - this.assigned.length;
  }

  voiceOf(statementId: string): Audience | undefined {
    return this.voices.get(statementId);
  }

  isMandatory(statementId: string): boolean {
    return this.wraps && this.open.has(statementId) && !this.taken.has(statementId);
  }

  canTake(statementId: string): boolean {
    if (this.free <= 0 || this.taken.has(statementId) || !this.voices.has(statementId)) return false;
    if (this.open.has(statementId)) return true;
    // A statement from the next cycle, only if the open ones still fit afterwards.
    return this.wraps && this.free - 1 >= this.mandatoryLeft;
  }

  take(statementId: string): void {
    if (!this.canTake(statementId)) {
      throw new Error(`planner bug: ${this.id} cannot take ${statementId}`);
    }
    if (this.isMandatory(statementId)) this.mandatoryLeft--;
    this.taken.add(statementId);
    this.assigned.push(statementId);
  }

  /** This round's statements, the rest of the old cycle before the new cycle's. */
  orderedAsks(): string[] {
    if (!this.wraps) return [...this.assigned];
    const old = this.assigned.filter((id) => this.open.has(id));
    return [...old, ...this.assigned.filter((id) => !this.open.has(id))];
  }

  /** The statement ids asked in the person's cycle once this round is sent. */
  askedInCycle(): string[] {
    if (this.wraps) return this.assigned.filter((id) => !this.open.has(id));
    return [...new Set([...this.askedBefore, ...this.assigned])];
  }

  /** True when this round finished the cycle and started a new one. */
  cycleRestarted(): boolean {
    return this.restarted || (this.wraps && this.askedInCycle().length > 0);
  }
}

/**
 * Builds a person's slots from their applicable statements and history.
 * History ids that no longer apply (bank changed, role changed) are ignored.
 */
export function personSlots(options: {
  id: string;
  role: 'member' | 'leader';
  order: number;
  voices: ReadonlyMap<string, Audience>;
  history: readonly string[];
  perPerson: number;
}): PersonSlots {
  const { voices } = options;
  const askedBefore = [...new Set(options.history.filter((id) => voices.has(id)))];
  const asked = new Set(askedBefore);
  let open = new Set([...voices.keys()].filter((id) => !asked.has(id)));
  const restarted = open.size === 0 && voices.size > 0;
  if (restarted) open = new Set(voices.keys());
  const slots = Math.min(options.perPerson, voices.size);
  return new PersonSlots(
    options.id,
    options.role,
    options.order,
    voices,
    restarted ? [] : askedBefore,
    open,
    slots,
    restarted,
  );
}
