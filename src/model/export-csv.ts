import { LOCALES, type Locale } from './keys.ts';
import type { ContentBank } from './content-types.ts';
import { toCsv, type CsvCell } from './csv.ts';
import type { LocalizedText } from './localized-text.ts';
import { statementAudiences, statementElement } from './statement.ts';

export const CSV_COLUMNS = [
  'kind',
  'id',
  'target_kind',
  'target_key',
  'element',
  'source',
  'phase',
  'scale',
  'variant',
  'audience',
  'minutes',
  'field',
  ...LOCALES,
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Exclude<Column, Locale>, CsvCell>> & { readonly text: (locale: Locale) => string };

const fixed = (texts: LocalizedText) => (locale: Locale) => texts[locale];

function named(kind: string, id: string, entry: { name: LocalizedText; description?: LocalizedText }): Row[] {
  return [
    { kind, id, field: 'name', text: fixed(entry.name) },
    ...(entry.description ? [{ kind, id, field: 'description', text: fixed(entry.description) }] : []),
  ];
}

function modelRows(bank: ContentBank): Row[] {
  const { agree5, dontKnow, nps11 } = bank.scaleLabels;
  return [
    ...bank.dimensions.flatMap((d) => named('dimension', d.key, d)),
    ...bank.elements.flatMap((e) => named('element', e.key, e).map((row) => ({ ...row, element: e.key }))),
    ...bank.traits.flatMap((t) => named('trait', t.key, t).map((row) => ({ ...row, element: 'leadership' }))),
    ...bank.facets.flatMap((f) => named('facet', f.key, f).map((row) => ({ ...row, source: f.source }))),
    ...bank.values.flatMap((v) => named('value', v.key, v).map((row) => ({ ...row, element: 'culture' }))),
    ...bank.levels.flatMap((l) => named('level', l.key, l)),
    { kind: 'level', id: 'notice', field: 'text', text: fixed(bank.levelNotice) },
    ...agree5.map((o) => ({ kind: 'scale', id: `agree5.${o.value}`, field: 'label', text: fixed(o.label) })),
    { kind: 'scale', id: 'agree5.dont-know', field: 'label', text: fixed(dontKnow) },
    { kind: 'scale', id: 'nps11.0', field: 'label', text: fixed(nps11.low) },
    { kind: 'scale', id: 'nps11.10', field: 'label', text: fixed(nps11.high) },
  ];
}

function contentRows(bank: ContentBank): Row[] {
  const statements = bank.statements.flatMap((s) =>
    statementAudiences(s).map((audience) => ({
      kind: 'statement',
      id: s.id,
      target_kind: s.target.kind,
      target_key: s.target.key,
      element: statementElement(s),
      source: s.source,
      phase: s.phase,
      scale: s.scale,
      variant: s.variant,
      audience,
      field: 'text',
      text: (locale: Locale) => s.text[audience]?.[locale] ?? '',
    })),
  );
  const nudges = bank.nudges.flatMap((n) =>
    (['title', 'action', 'why'] as const).map((field) => ({
      kind: 'nudge',
      id: n.id,
      target_kind: n.target.kind,
      target_key: n.target.key,
      element: statementElement(n),
      audience: n.audience,
      minutes: n.minutes,
      field,
      text: (locale: Locale) => n.text[locale][field],
    })),
  );
  return [...statements, ...nudges];
}

function isLocale(column: Column): column is Locale {
  return LOCALES.some((locale) => locale === column);
}

/**
 * The whole bank as CSV for review in a spreadsheet: one row per text, with
 * a column per locale so a content owner reads the translations side by side.
 */
export function exportContentCsv(bank: ContentBank): string {
  const rows = [...modelRows(bank), ...contentRows(bank)].map((row) =>
    CSV_COLUMNS.map((column) => (isLocale(column) ? row.text(column) : row[column])),
  );
  return toCsv([CSV_COLUMNS, ...rows]);
}
