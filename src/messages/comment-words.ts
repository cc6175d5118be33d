import type { CommentBatch } from '../core/comment-release.ts';
import type { Locale } from '../model/keys.ts';
import { t } from './i18n/translate.ts';
import { periodLabel } from './period-label.ts';
import { relayForm } from './relay-message.ts';
import type { TeamReport } from './types.ts';

/** The thresholds a comment rule is told with: k and the fewest comments shown together. */
export interface CommentThresholds {
  readonly k: number;
  readonly minComments: number;
}

/** The comment rule in words: the same sentence for the person who writes and the leader who reads. */
export function commentRule(locale: Locale, thresholds: CommentThresholds): string {
  return t(locale, 'comments.rule', { k: thresholds.k, minComments: thresholds.minComments });
}

/** What the person who just commented is told: kept without their name, and when a leader will see it. */
export function commentThanks(locale: Locale, thresholds: CommentThresholds): string {
  return `${t(locale, 'comments.thanks')} ${commentRule(locale, thresholds)}`;
}

/** One four-week period's released batches, each with its reply ids for a leader of the team. */
export interface CommentPeriodInput {
  readonly batches: readonly {
    readonly batch: CommentBatch;
    /** Beside each comment of the batch, the id its "Reply" names, or null. */
    readonly replyIds?: readonly (string | null)[];
  }[];
}

/**
 * The comments section of a team report: the window's released batches,
 * grouped by four-week period (newest first), each group titled with the
 * weeks its batches span, and the rule; or, before any batch is released,
 * only why there is nothing to read (never what is waiting). No comment
 * says its round or statement. `items` holds every comment in the groups'
 * order, for surfaces that list them without the groups.
 */
export function commentsSection(
  periods: readonly CommentPeriodInput[],
  thresholds: CommentThresholds,
  locale: Locale,
): NonNullable<TeamReport['comments']> {
  const rule = commentRule(locale, thresholds);
  const batches = periods.flatMap((period) => period.batches);
  const newest = batches[0]?.batch;
  const oldest = batches.at(-1)?.batch;
  if (!newest || !oldest) return { hiddenLabel: `${t(locale, 'comments.none')} ${rule}` };
  const groups = periods.flatMap((period) => {
    const first = period.batches.at(-1)?.batch;
    const last = period.batches[0]?.batch;
    if (!first || !last) return [];
    const parts = period.batches;
    return [
      {
        label: span(first.fromWeek, last.toWeek, locale),
        items: parts.flatMap((part) => part.batch.texts),
        replyIds: parts.flatMap((part) => part.replyIds ?? part.batch.texts.map(() => null)),
      },
    ];
  });
  const replyIds = groups.flatMap((group) => group.replyIds);
  const replies = replyIds.some((id) => id !== null)
    ? { replyIds, replyLabel: t(locale, 'relay.reply'), replyForm: relayForm(locale, 'reply') }
    : {};
  return {
    items: groups.flatMap((group) => group.items),
    note: `${span(oldest.fromWeek, newest.toWeek, locale)} ${rule}`,
    // One group says no more than the note; several are shown each under its weeks.
    ...(groups.length > 1 ? { groups: groups.map(({ label, items }) => ({ label, items })) } : {}),
    ...replies,
  };
}

/** The weeks comments come from, in words. */
function span(fromWeek: string, toWeek: string, locale: Locale): string {
  const from = periodLabel(fromWeek, locale);
  return fromWeek === toWeek
    ? t(locale, 'comments.week', { from })
    : t(locale, 'comments.weeks', { from, to: periodLabel(toWeek, locale) });
}
