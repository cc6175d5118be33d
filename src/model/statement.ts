import {
  AUDIENCES,
  ELEMENT_KEYS,
  type Audience,
  type ElementKey,
  type Locale,
  type Phase,
  type Scale,
  type TargetRef,
} from './keys.ts';
import { textFor } from './localized-text.ts';

/** Longest statement text: it must fit one line of a chat card on a phone. */
export const STATEMENT_MAX_LENGTH = 140;

export const VALUE_VARIANTS = ['current', 'desired'] as const;
export type ValueVariant = (typeof VALUE_VARIANTS)[number];

/**
 * One pulse question. Its id is stored with every answer, so an id is never
 * reused or renumbered; change the wording, keep the id.
 */
export interface Statement {
  readonly id: string;
  readonly target: TargetRef;
  /** Checklist item 'B.I' (block, item) for statements that come from the checklist. */
  readonly source?: string;
  readonly phase?: Phase;
  readonly scale: Scale;
  /** Culture values only: how the value is lived today, or whether the team would do better with more of it. */
  readonly variant?: ValueVariant;
  /** A wording per audience that receives the statement; the keys present are its audiences. */
  readonly text: Readonly<Partial<Record<Audience, Readonly<Record<Locale, string>>>>>;
}

/**
 * Whether a leader's answer to `statement` may be set beside the team's: both
 * audiences answer it and it asks how things are. Authors keep the two
 * wordings of such a statement measuring the same thing ("My team leader …" /
 * "I …", "I …" / "My team members …"), never the organisation on one side and
 * the leader on the other. A culture value's `desired` statement asks what the
 * team wants more of, which is no view of how things are, so it pairs with
 * nothing.
 */
export function isParallelPair(statement: Pick<Statement, 'text' | 'variant'>): boolean {
  return (
    statement.text.employee !== undefined &&
    statement.text.leader !== undefined &&
    statement.variant !== 'desired'
  );
}

/** The audiences that receive `statement`, in the order of AUDIENCES. */
export function statementAudiences(statement: Pick<Statement, 'text'>): Audience[] {
  return AUDIENCES.filter((audience) => statement.text[audience] !== undefined);
}

/** The wording `audience` sees, or undefined when that audience does not receive the statement. */
export function statementText(
  statement: Pick<Statement, 'text'>,
  audience: Audience,
  locale: string | undefined,
): string | undefined {
  const texts = statement.text[audience];
  return texts === undefined ? undefined : textFor(texts, locale);
}

/**
 * The element a statement scores towards: leader traits belong to leadership
 * and culture values to culture, so every checklist-sourced statement has one.
 * eNPS belongs to no element.
 */
export function statementElement(statement: Pick<Statement, 'target'>): ElementKey | undefined {
  switch (statement.target.kind) {
    case 'element':
      return ELEMENT_KEYS.find((key) => key === statement.target.key);
    case 'trait':
      return 'leadership';
    case 'value':
      return 'culture';
    case 'enps':
      return undefined;
  }
}

const indexes = new WeakMap<readonly Statement[], ReadonlyMap<string, Statement>>();

/** A statement of a bank by its id; the bank's statements are indexed once (every answer looks one up). */
export function statementById(statements: readonly Statement[], id: string): Statement | undefined {
  let index = indexes.get(statements);
  if (!index) {
    index = new Map(statements.map((statement) => [statement.id, statement]));
    indexes.set(statements, index);
  }
  return index.get(id);
}
