import type { Locale } from '../model/keys.ts';
import type { MessageKey } from './i18n/catalog.ts';
import { t, type MessageParams } from './i18n/translate.ts';
import type { Notice } from './types.ts';

/**
 * The step before an erasure: what will be removed and what stays, and the
 * button that confirms it. `subjectId` is the person to erase; whoever
 * presses the button is checked again when it is pressed.
 */
export interface ErasureRequest {
  readonly kind: 'erasure-request';
  readonly locale: Locale;
  readonly subjectId: string;
  readonly title: string;
  readonly intro: string;
  readonly removes: { readonly heading: string; readonly items: readonly string[] };
  readonly stays: { readonly heading: string; readonly items: readonly string[] };
  readonly confirmLabel: string;
}

/** What is kept about the subject, counted, for the list of what an erasure removes. */
export interface ErasureCounts {
  readonly teams: number;
  readonly rounds: number;
  readonly ownRatings: number;
}

/**
 * @param other the subject's name when an admin erases someone else; omitted when people erase themselves.
 * @example erasureRequest('nl', 'p1', { teams: 1, rounds: 4, ownRatings: 0 })
 */
export function erasureRequest(
  locale: Locale,
  subjectId: string,
  counts: ErasureCounts,
  other?: { readonly name: string },
): ErasureRequest {
  const say = (key: MessageKey, params: MessageParams = {}) => t(locale, key, params);
  const removes = [
    say('erase.removes.profile'),
    say('erase.removes.teams', { count: counts.teams }),
    say('erase.removes.rounds', { count: counts.rounds }),
    ...(counts.ownRatings > 0 ? [say('erase.removes.ratings', { count: counts.ownRatings })] : []),
    say('erase.removes.conversation'),
  ];
  return {
    kind: 'erasure-request',
    locale,
    subjectId,
    title: other ? say('erase.title.other', other) : say('erase.title'),
    intro: other ? say('erase.intro.other', other) : say('erase.intro'),
    removes: { heading: say('erase.removes'), items: removes },
    stays: {
      heading: say('erase.stays'),
      items: [say('erase.stays.figures'), say('erase.stays.answers'), say('erase.stays.audit')],
    },
    confirmLabel: other ? say('erase.confirm.other', other) : say('erase.confirm'),
  };
}

/** The request as a notice, for surfaces that show it as text above their own button. */
export function erasureRequestText(request: ErasureRequest): string {
  const list = (items: readonly string[]) => items.map((item) => `• ${item}`).join('\n');
  return [
    request.intro,
    `${request.removes.heading}:\n${list(request.removes.items)}`,
    `${request.stays.heading}:\n${list(request.stays.items)}`,
  ].join('\n\n');
}

/** Told to an admin once someone's data is erased on request. */
export function erasedOnRequest(locale: Locale, name: string): Notice {
  return { kind: 'notice', locale, tone: 'success', text: t(locale, 'erase.done.other', { name }) };
}

/** Told to someone who tried to erase another person's data without being an admin. */
export function erasureRefused(locale: Locale): Notice {
  return { kind: 'notice', locale, tone: 'warning', text: t(locale, 'erase.not-asked') };
}
