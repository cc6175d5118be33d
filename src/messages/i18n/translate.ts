import { PulseError } from '../../errors.ts';
import { resolveLocale } from '../../model/localized-text.ts';
import type { Locale } from '../../model/keys.ts';
import { isFeature } from '../features.ts';
import type { FeatureRef, Phrase } from '../types.ts';
import type { Catalog, MessageKey, PluralKey } from './catalog.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, nl };

const FEATURE_PLACEHOLDER = /\{@([\w-]+)\}/g;

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The string for `key` in `locale` (any platform locale: 'nl-BE' gives Dutch,
 * unknown languages English), with `{name}` placeholders filled. Numbers are
 * formatted for the locale; pass years and ids as strings so they keep no
 * thousands separator.
 *
 * @example t('nl', 'card.progress', { answered: 2, total: 4 }) // '2 van 4 beantwoord'
 */
export function t(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const resolved = resolveLocale(locale);
  return fill(CATALOGS[resolved][key], resolved, key, params);
}

/**
 * Like `t`, for strings that point to a feature with `{@name}` ("to pick them
 * up again: {@resume}"): the result keeps each feature as a reference, for the
 * platform's renderer to spell out (`spell`). Without one it is a plain string.
 *
 * @example tp('en', 'notice.paused') // ['… to pick them up again: ', { feature: 'resume' }, '.']
 */
export function tp(locale: string, key: MessageKey, params: MessageParams = {}): Phrase {
  const resolved = resolveLocale(locale);
  const template = CATALOGS[resolved][key];
  const parts: (string | FeatureRef)[] = [];
  let from = 0;
  for (const match of template.matchAll(FEATURE_PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isFeature(name)) throw new PulseError('usage', `The message "${key}" names no feature "${name}".`);
    parts.push(fill(template.slice(from, match.index), resolved, key, params), { feature: name });
    from = match.index + match[0].length;
  }
  if (from === 0) return fill(template, resolved, key, params);
  parts.push(fill(template.slice(from), resolved, key, params));
  return parts.filter((part) => part !== '');
}

/** The plural form of `key` that fits `count` in `locale`; `{n}` is the count. */
export function tn(locale: string, key: PluralKey, count: number, params: MessageParams = {}): string {
  const resolved = resolveLocale(locale);
  const form = new Intl.PluralRules(resolved).select(count) === 'one' ? 'one' : 'other';
  return t(resolved, `${key}.${form}`, { n: count, ...params });
}

/** One formatter per locale: building an Intl formatter costs far more than using one. */
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A whole number in the locale's notation (12.345 in Dutch, 12,345 in English). */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'min2' });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function fill(template: string, locale: Locale, key: MessageKey, params: MessageParams): string {
  // A missing parameter is a programming error; failing loudly keeps "{k}" out of users' chats.
  return template.replace(/\{(@?[\w-]+)\}/g, (_, name: string) => {
    if (name.startsWith('@')) {
      throw new PulseError('usage', `The message "${key}" points to a feature; build it with tp().`);
    }
    const value = params[name];
    if (value === undefined) {
      throw new PulseError('usage', `The message "${key}" needs a value for {${name}}.`);
    }
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
