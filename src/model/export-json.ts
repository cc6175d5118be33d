import { LOCALES, type Audience, type ElementKey, type Locale } from './keys.ts';
import type { ContentBank, Nudge } from './content-types.ts';
import { statementAudiences, statementElement, type Statement } from './statement.ts';

export interface StatementExport extends Statement {
  /** The element the statement scores towards (absent for eNPS). */
  readonly element?: ElementKey;
  readonly audiences: readonly Audience[];
}

export interface NudgeExport extends Nudge {
  readonly element?: ElementKey;
}

export interface ContentExport extends Omit<ContentBank, 'statements' | 'nudges'> {
  readonly locales: readonly Locale[];
  readonly statements: readonly StatementExport[];
  readonly nudges: readonly NudgeExport[];
}

function withElement<T extends Pick<Statement, 'target'>>(item: T): T & { element?: ElementKey } {
  const element = statementElement(item);
  return element === undefined ? item : { ...item, element };
}

/** The whole bank as one plain object, with each statement's element and audiences spelled out. */
export function buildContentExport(bank: ContentBank): ContentExport {
  const { statements, nudges, ...model } = bank;
  return {
    locales: LOCALES,
    ...model,
    statements: statements.map((statement) => ({
      ...withElement(statement),
      audiences: statementAudiences(statement),
    })),
    nudges: nudges.map(withElement),
  };
}

/** The whole bank as pretty-printed JSON, ending in a newline. */
export function exportContentJson(bank: ContentBank): string {
  return `${JSON.stringify(buildContentExport(bank), null, 2)}\n`;
}
