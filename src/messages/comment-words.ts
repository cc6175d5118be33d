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

/**
 * The comments section of a team report: the latest released batch with the
 * weeks it spans and the rule, or, before any batch is released, only why
 * there is nothing to read (never what is waiting). `replyIds`, for a
 * leader, names beside each comment what its "Reply" answers, where the
 * writer allowed replies.
 */
export function commentsSection(
  batch: CommentBatch | null,
  thresholds: CommentThresholds,
  locale: Locale,
  replyIds?: readonly (string | null)[],
): NonNullable<TeamReport['comments']> {
  const rule = commentRule(locale, thresholds);
  if (!batch) return { hiddenLabel: `${t(locale, 'comments.none')} ${rule}` };
  const from = periodLabel(batch.fromWeek, locale);
  const span =
    batch.fromWeek === batch.toWeek
      ? t(locale, 'comments.week', { from })
      : t(locale, 'comments.weeks', { from, to: periodLabel(batch.toWeek, locale) });
  const replies = replyIds?.some((id) => id !== null)
    ? { replyIds: [...replyIds], replyLabel: t(locale, 'relay.reply'), replyForm: relayForm(locale, 'reply') }
    : {};
  return { items: [...batch.texts], note: `${span} ${rule}`, ...replies };
}
