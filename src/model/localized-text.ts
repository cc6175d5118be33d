import { LOCALES, type Locale } from './keys.ts';

/** One text in every supported locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Maps whatever a platform reports ('nl-BE', 'NL', 'de-DE') to a locale the
 * bank has, so a Flemish user gets Dutch and everyone else gets English.
 */
export function resolveLocale(locale: string | undefined): Locale {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((known) => known === language) ?? DEFAULT_LOCALE;
}

/**
 * The entry for `locale`, falling back to English.
 *
 * @example textFor({ en: 'Agree', nl: 'Eens' }, 'nl-BE') // 'Eens'
 */
export function textFor<T>(texts: Readonly<Record<Locale, T>>, locale: string | undefined): T {
  return texts[resolveLocale(locale)];
}
