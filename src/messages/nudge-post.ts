import type { ContentBank, Nudge } from '../model/content-types.ts';
import type { Locale } from '../model/keys.ts';
import { loadContentBank } from '../model/load-content-bank.ts';
import { resolveLocale, textFor } from '../model/localized-text.ts';
import { targetLabel } from './content-labels.ts';
import { t } from './i18n/translate.ts';
import type { NudgePost } from './types.ts';

export interface NudgePostInput {
  readonly nudge: Nudge;
  /** Id of the posted nudge (the NudgePost row), carried in the feedback buttons. */
  readonly postId: string;
  readonly locale: string;
  /** Feedback so far; given once someone has clicked. */
  readonly tally?: { readonly didThis: number; readonly notForUs: number };
  readonly content?: ContentBank;
}

/**
 * One small improvement action for a team's channel (or a leader's DM), with
 * the two feedback buttons that teach the bot which nudges help. A leader
 * nudge speaks to one person ("I did this"), a team nudge to the team.
 */
export function buildNudgePost(input: NudgePostInput): NudgePost {
  const locale = resolveLocale(input.locale);
  const bank = input.content ?? loadContentBank();
  const text = textFor(input.nudge.text, locale);
  const target = targetLabel(bank, input.nudge.target, locale);
  const audience = input.nudge.audience;
  return {
    kind: 'nudge',
    locale,
    postId: input.postId,
    title: text.title,
    action: text.action,
    why: text.why,
    whyLabel: t(locale, 'nudge.why'),
    minutesLabel: minutesLabel(input.nudge.minutes, locale),
    targetLabel: target,
    intro: t(locale, `nudge.intro.${audience}`, { target }),
    feedback: {
      didThis: t(locale, `nudge.did-this.${audience}`),
      notForUs: t(locale, `nudge.not-for-us.${audience}`),
      thanks: t(locale, 'nudge.thanks'),
    },
    ...(audience === 'team' ? { makeAction: t(locale, 'actions.make') } : {}),
    ...(input.tally === undefined
      ? {}
      : {
          tally: { didThis: input.tally.didThis, notForUs: input.tally.notForUs },
          tallyLabel: t(locale, 'nudge.tally', input.tally),
        }),
  };
}

/** "about 15 minutes"; from 90 minutes on, whole hours read better. */
export function minutesLabel(minutes: number, locale: Locale): string {
  if (minutes === 60) return t(locale, 'nudge.hour');
  if (minutes < 90) return t(locale, 'nudge.minutes', { minutes: Math.round(minutes) });
  return t(locale, 'nudge.hours', { hours: Math.round(minutes / 60) });
}
