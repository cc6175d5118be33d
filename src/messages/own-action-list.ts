import { DateTime } from 'luxon';
import type { ContentBank } from '../model/content-types.ts';
import type { Locale, TargetRef } from '../model/keys.ts';
import { resolveLocale } from '../model/localized-text.ts';
import { dueDateLabel } from './action-check-in.ts';
import { actionStatus, type ActionListItem, type ActionRow } from './action-list.ts';
import { targetLabel } from './content-labels.ts';
import { t } from './i18n/translate.ts';

/** One of a person's own actions, in their language. */
export interface OwnActionRow {
  readonly title: string;
  readonly team: string;
  readonly target: string;
  readonly due: string;
  readonly status: ActionRow['status'];
  readonly statusLabel: string;
}

/** The actions a person owns or made, as their "My data" page lists them. */
export interface OwnActionList {
  readonly locale: Locale;
  readonly heading: string;
  readonly intro: string;
  readonly columns: Readonly<Record<'action' | 'team' | 'target' | 'due' | 'status', string>>;
  readonly rows: readonly OwnActionRow[];
}

export interface OwnActionListInput {
  readonly locale: string;
  readonly items: readonly (Pick<ActionListItem, 'title' | 'teamName' | 'dueOn' | 'status' | 'doneAt'> & {
    readonly target: TargetRef;
  })[];
  readonly now: Date;
  readonly timeZone: string;
  readonly content: ContentBank;
}

/** Title, team, element, due date and status: the same words the dashboard's list of actions uses. */
export function buildOwnActionList(input: OwnActionListInput): OwnActionList {
  const locale = resolveLocale(input.locale);
  const today = DateTime.fromJSDate(input.now, { zone: input.timeZone }).toISODate() ?? '';
  return {
    locale,
    heading: t(locale, 'my-data.actions'),
    intro: t(locale, 'my-data.actions.intro'),
    columns: {
      action: t(locale, 'actions.column.action'),
      team: t(locale, 'actions.column.team'),
      target: t(locale, 'actions.column.target'),
      due: t(locale, 'actions.column.due'),
      status: t(locale, 'actions.column.status'),
    },
    rows: input.items.map((item) => ({
      title: item.title,
      team: item.teamName,
      target: targetLabel(input.content, item.target, locale),
      due: dueDateLabel(item.dueOn, input.timeZone, locale),
      ...actionStatus(item, today, input.timeZone, locale),
    })),
  };
}
