import type { Locale } from '../model/keys.ts';
import { t } from './i18n/translate.ts';
import type { Feature, Phrase } from './types.ts';

/**
 * How a person reaches a feature on one platform, as a short instruction in
 * their language that can follow a colon: "type resume" in a chat with
 * commands, "press “Open the dashboard”" on a page with a button.
 */
export type FeatureReach = (feature: Feature, locale: Locale) => string;

/**
 * A phrase as plain text for one platform: its words as they are, each
 * feature reference in the platform's own way to reach it.
 *
 * @example spell(notice.text, notice.locale, (feature) => `type ${feature}`)
 */
export function spell(phrase: Phrase, locale: Locale, reach: FeatureReach): string {
  if (typeof phrase === 'string') return phrase;
  return phrase.map((part) => (typeof part === 'string' ? part : reach(part.feature, locale))).join('');
}

/**
 * For text read outside any chat (a spreadsheet cell): the feature by its
 * name, in quotes, as there is nothing there to press or type.
 */
export const featureByName: FeatureReach = (feature, locale) => `“${t(locale, `feature.${feature}`)}”`;
