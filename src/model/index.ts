export * from './keys.ts';
export { DEFAULT_LOCALE, resolveLocale, textFor, type LocalizedText } from './localized-text.ts';
export {
  STATEMENT_MAX_LENGTH,
  VALUE_VARIANTS,
  isParallelPair,
  statementAudiences,
  statementById,
  statementElement,
  statementText,
  type Statement,
  type ValueVariant,
} from './statement.ts';
export * from './content-types.ts';
export { checklistElement, checklistItemIds } from './checklist.ts';
export { loadContentBank, type LoadContentOptions } from './load-content-bank.ts';
export { validateContentBank } from './validate-content-bank.ts';
export { mergeCustomContent, readCustomContent, type CustomContent } from './custom-content.ts';
export { buildContentExport, exportContentJson, type ContentExport } from './export-json.ts';
export { CSV_COLUMNS, exportContentCsv } from './export-csv.ts';
export type { ContentIssue } from './content-issues.ts';
