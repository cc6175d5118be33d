import { DateTime } from 'luxon';
import type { ContentBank } from '../model/content-types.ts';
import type { Locale, TargetRef } from '../model/keys.ts';
import { resolveLocale } from '../model/localized-text.ts';
import { targetLabel } from './content-labels.ts';
import { localDate } from './dates.ts';
import { t } from './i18n/translate.ts';
import type { Notice } from './types.ts';

/** The owner's check-in on an open action: what it is, and two buttons. */
export interface ActionCheckIn {
  readonly kind: 'action-check-in';
  readonly locale: Locale;
  /** Carried by both buttons. */
  readonly actionId: string;
  readonly title: string;
  readonly text: string;
  readonly targetLabel: string;
  readonly buttons: { readonly done: string; readonly working: string };
}

export interface ActionCheckInInput {
  readonly actionId: string;
  readonly title: string;
  readonly teamName: string;
  readonly target: TargetRef;
  /** YYYY-MM-DD in the owner's zone. */
  readonly dueOn: string;
  /** The owner's local date today: the due date itself, or a week (or more) after it. */
  readonly today: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly content: ContentBank;
}

/** A due date written for its reader ("3 March 2026"). */
export function dueDateLabel(dueOn: string, timeZone: string, locale: Locale): string {
  return localDate(
    DateTime.fromISO(dueOn, { zone: timeZone }).set({ hour: 12 }).toJSDate(),
    timeZone,
    locale,
  );
}

/** The check-in DM: "due today" on the due date, "how is it going?" on every week after. */
export function buildActionCheckIn(input: ActionCheckInInput): ActionCheckIn {
  const locale = resolveLocale(input.locale);
  const due = dueDateLabel(input.dueOn, input.timeZone, locale);
  const params = { team: input.teamName, due };
  return {
    kind: 'action-check-in',
    locale,
    actionId: input.actionId,
    title: t(locale, 'actions.checkin.title', { title: input.title }),
    text:
      input.today <= input.dueOn
        ? t(locale, 'actions.checkin.due', params)
        : t(locale, 'actions.checkin.overdue', params),
    targetLabel: targetLabel(input.content, input.target, locale),
    buttons: { done: t(locale, 'actions.checkin.done'), working: t(locale, 'actions.checkin.working') },
  };
}

/** What the owner is told after a check-in button. */
export function actionCheckInAnswer(
  status: 'done' | 'working',
  target: TargetRef,
  locale: string,
  content: ContentBank,
): Notice {
  const resolved = resolveLocale(locale);
  return {
    kind: 'notice',
    locale: resolved,
    tone: status === 'done' ? 'success' : 'info',
    text:
      status === 'done'
        ? t(resolved, 'actions.checkin.marked-done', { target: targetLabel(content, target, resolved) })
        : t(resolved, 'actions.checkin.still-working'),
  };
}

/** What the person who made an action is told. */
export function actionCreatedNotice(
  input: { readonly title: string; readonly team: string; readonly owner: string; readonly dueOn: string },
  timeZone: string,
  locale: string,
): Notice {
  const resolved = resolveLocale(locale);
  return {
    kind: 'notice',
    locale: resolved,
    tone: 'success',
    text: t(resolved, 'actions.created', {
      title: input.title,
      team: input.team,
      owner: input.owner,
      due: dueDateLabel(input.dueOn, timeZone, resolved),
    }),
  };
}
