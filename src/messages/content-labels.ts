import { PulseError } from '../errors.ts';
import type { ContentBank } from '../model/content-types.ts';
import type { Locale, TargetRef } from '../model/keys.ts';
import { textFor } from '../model/localized-text.ts';
import { t } from './i18n/translate.ts';

/**
 * The name of what a figure is about, from the content bank, so that reports
 * and nudges use the same words as the statements people answered.
 *
 * @throws PulseError('usage') for a key the bank does not know: a report must
 *   never label a figure with a raw key.
 */
export function targetLabel(bank: ContentBank, target: TargetRef, locale: Locale): string {
  switch (target.kind) {
    case 'element':
      return textFor(find(bank.elements, target).name, locale);
    case 'trait':
      return textFor(find(bank.traits, target).name, locale);
    case 'value':
      return textFor(find(bank.values, target).name, locale);
    case 'enps':
      return t(locale, 'enps.label');
  }
}

/** Position in the order users see: checklist number for elements, book order for traits, bank order for values. */
export function targetOrder(bank: ContentBank, target: TargetRef): number {
  switch (target.kind) {
    case 'element':
      return find(bank.elements, target).number;
    case 'trait':
      return find(bank.traits, target).number;
    case 'value':
      return bank.values.indexOf(find(bank.values, target));
    case 'enps':
      return 0;
  }
}

/** The culture facet a value belongs to, in words. */
export function facetLabel(bank: ContentBank, valueKey: string, locale: Locale): string {
  const value = find(bank.values, { kind: 'value', key: valueKey });
  const facet = bank.facets.find((f) => f.key === value.facet);
  if (!facet)
    throw new PulseError('usage', `The value "${valueKey}" names an unknown facet "${value.facet}".`);
  return textFor(facet.name, locale);
}

function find<T extends { readonly key: string }>(items: readonly T[], target: TargetRef): T {
  const item = items.find((i) => i.key === target.key);
  if (!item) {
    throw new PulseError(
      'usage',
      `Unknown ${target.kind} "${target.key}": use a key from src/model/keys.ts.`,
    );
  }
  return item;
}
