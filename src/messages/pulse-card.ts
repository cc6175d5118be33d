import { PulseError } from '../errors.ts';
import { RELAY_DAYS } from '../core/comment-release.ts';
import type { ContentBank } from '../model/content-types.ts';
import type { Scale } from '../model/keys.ts';
import { loadContentBank } from '../model/load-content-bank.ts';
import { resolveLocale, textFor } from '../model/localized-text.ts';
import { localDateTime } from './dates.ts';
import { t } from './i18n/translate.ts';
import type { AnswerOption, PulseCard, PulseItem } from './types.ts';

export interface PulseCardItemInput {
  readonly statementId: string;
  /** The statement in the person's language and audience wording. */
  readonly text: string;
  readonly scale: Scale;
  /** What the person answered so far (null: "don't know"); undefined when not answered. */
  readonly selected?: number | null;
}

export interface PulseCardInput {
  /** The person's locale as the platform reports it; anything but Dutch falls back to English. */
  readonly locale: string;
  readonly roundId: string;
  readonly token: string;
  /** The round's locked k, quoted in the privacy line. */
  readonly k: number;
  readonly closesAt: Date;
  /** The person's own IANA time zone: the closing time is shown in it. */
  readonly timeZone: string;
  readonly state: 'open' | 'closed';
  /** The card is a reminder: a banner above the statements says so. */
  readonly reminder?: boolean;
  readonly items: readonly PulseCardItemInput[];
  readonly content?: ContentBank;
}

/**
 * The card a person answers in a DM: every statement with its one-tap
 * options, how far they are, when the round closes (in their own zone) and
 * the privacy promise. Rebuilt after each click so the card updates in place.
 *
 * @example buildPulseCard({ locale: 'nl', roundId, token, k: 5, closesAt, timeZone: 'Europe/Amsterdam', state: 'open', items })
 */
export function buildPulseCard(input: PulseCardInput): PulseCard {
  const locale = resolveLocale(input.locale);
  const bank = input.content ?? loadContentBank();
  const items = input.items.map((item) => buildItem(item, bank, locale));
  const answered = items.filter((item) => item.selected !== undefined).length;
  const total = items.length;
  const closes = localDateTime(input.closesAt, input.timeZone, locale);
  const banner =
    input.state === 'closed'
      ? t(locale, 'card.banner.closed')
      : input.reminder
        ? t(locale, 'card.banner.reminder')
        : undefined;
  return {
    kind: 'pulse-card',
    locale,
    roundId: input.roundId,
    token: input.token,
    title: t(locale, 'card.title'),
    intro: t(locale, 'card.intro'),
    items,
    progress: {
      answered,
      total,
      label:
        total > 0 && answered === total
          ? t(locale, 'card.progress.done')
          : t(locale, 'card.progress', { answered, total }),
    },
    privacyLine: t(locale, 'card.privacy', { k: input.k }),
    closesLabel: t(locale, input.state === 'closed' ? 'card.closed' : 'card.closes', closes),
    state: input.state,
    ...(banner === undefined ? {} : { banner }),
    labels: {
      addComment: t(locale, 'card.comment.add'),
      commentPlaceholder: t(locale, 'card.comment.placeholder'),
      commentSubmit: t(locale, 'card.comment.submit'),
      recorded: t(locale, 'card.recorded'),
      allowReplies: {
        label: t(locale, 'relay.allow'),
        hint: t(locale, 'relay.allow.hint', { days: RELAY_DAYS }),
      },
    },
  };
}

function buildItem(item: PulseCardItemInput, bank: ContentBank, locale: string): PulseItem {
  const options = scaleOptions(item.scale, bank, locale);
  if (item.selected !== undefined && !options.some((option) => option.value === item.selected)) {
    throw new PulseError(
      'answer_invalid',
      `The answer ${String(item.selected)} to "${item.statementId}" is not on the ${item.scale} scale.`,
    );
  }
  const anchors =
    item.scale === 'nps11'
      ? {
          low: textFor(bank.scaleLabels.nps11.low, locale),
          high: textFor(bank.scaleLabels.nps11.high, locale),
        }
      : undefined;
  return {
    statementId: item.statementId,
    text: item.text,
    scale: item.scale,
    options,
    ...(item.selected === undefined ? {} : { selected: item.selected }),
    ...(anchors === undefined ? {} : { anchors }),
  };
}

/**
 * Agreement statements get the five agreement labels plus "don't know" (never
 * scored); eNPS gets 0–10 and no escape, because its score needs a number.
 */
export function scaleOptions(scale: Scale, bank: ContentBank, locale: string): AnswerOption[] {
  if (scale === 'nps11') {
    return Array.from({ length: 11 }, (_, value) => ({ value, label: String(value) }));
  }
  return [
    ...bank.scaleLabels.agree5.map((option) => ({
      value: option.value,
      label: textFor(option.label, locale),
    })),
    { value: null, label: textFor(bank.scaleLabels.dontKnow, locale) },
  ];
}
