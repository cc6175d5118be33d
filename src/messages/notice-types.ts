import type { Locale } from '../model/keys.ts';

/** A short message to one person, and the running text it is written in. */

/**
 * Something a person can ask the bot for. Neutral text names the feature;
 * each platform says how to reach it there (a command, a button, a tab).
 */
export type Feature =
  | 'settings'
  | 'dashboard'
  | 'pause'
  | 'resume'
  | 'language'
  | 'hours'
  | 'privacy'
  | 'export'
  | 'erase'
  | 'report'
  | 'help'
  | 'action';

/** A reference to a feature inside running text, e.g. "to pick them up again: {feature: 'resume'}". */
export interface FeatureRef {
  readonly feature: Feature;
}

/**
 * Running text in the reader's language. Plain words are a string; text that
 * tells the reader how to reach a feature is a list of words and feature
 * references, which the platform's renderer spells out (see `spell`).
 */
export type Phrase = string | readonly (string | FeatureRef)[];

export interface Notice {
  readonly kind: 'notice';
  readonly locale: Locale;
  readonly tone: 'info' | 'success' | 'warning' | 'error';
  readonly title?: string;
  readonly text: Phrase;
  /** Optional link, e.g. to the dashboard. */
  readonly link?: { readonly label: string; readonly url: string };
}
