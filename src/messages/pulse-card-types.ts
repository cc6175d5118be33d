import type { Locale, Scale } from '../model/keys.ts';

/** The pulse card a person answers in a DM, with its statements and their answer options. */

/** One answer option of a statement: `value` null is "don't know". */
export interface AnswerOption {
  readonly value: number | null;
  readonly label: string;
}

export interface PulseItem {
  readonly statementId: string;
  readonly text: string;
  readonly scale: Scale;
  readonly options: readonly AnswerOption[];
  /** What this person answered so far; undefined when not answered. */
  readonly selected?: number | null;
  /** `nps11` only: what 0 and 10 mean, shown under the two ends of the row. */
  readonly anchors?: { readonly low: string; readonly high: string };
}

/** The DM a person answers: one card per round, updated in place after each click. */
export interface PulseCard {
  readonly kind: 'pulse-card';
  readonly locale: Locale;
  readonly roundId: string;
  /** The ledger token, carried in every action; the platform user is checked against it. */
  readonly token: string;
  readonly title: string;
  readonly intro: string;
  readonly items: readonly PulseItem[];
  readonly progress: { readonly answered: number; readonly total: number; readonly label: string };
  readonly privacyLine: string;
  readonly closesLabel: string;
  readonly state: 'open' | 'closed';
  /** Shown instead of the buttons once the round has closed, or above them in a reminder. */
  readonly banner?: string;
  readonly labels: {
    readonly addComment: string;
    readonly commentPlaceholder: string;
    readonly commentSubmit: string;
    readonly recorded: string;
    /** The opt-in to an anonymous conversation about the comment, and what it means (absent: not offered). */
    readonly allowReplies?: { readonly label: string; readonly hint: string };
  };
}
