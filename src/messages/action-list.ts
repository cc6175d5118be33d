import { DateTime } from 'luxon';
import type { NudgeEffect } from '../core/nudge-effect.ts';
import type { ContentBank } from '../model/content-types.ts';
import type { Locale, TargetRef } from '../model/keys.ts';
import { resolveLocale } from '../model/localized-text.ts';
import { dueDateLabel } from './action-check-in.ts';
import { targetLabel } from './content-labels.ts';
import { localDate } from './dates.ts';
import { t } from './i18n/translate.ts';
import { scoreCell, type FigureInput } from './score-cells.ts';
import type { ScoreCell } from './types.ts';

/** A figure with the weeks it pools, as the before and after of an action. */
export interface WindowedCell extends ScoreCell {
  readonly windowLabel: string;
}

export interface ActionRow {
  readonly id: string;
  readonly title: string;
  readonly team: string;
  readonly target: string;
  readonly owner: string;
  readonly due: string;
  readonly status: 'open' | 'overdue' | 'done';
  readonly statusLabel: string;
  readonly before?: WindowedCell;
  readonly after?: WindowedCell;
  readonly effect?: NudgeEffect;
  readonly effectLabel: string;
}

/** The dashboard's list of actions: a team's, or every team's for HR. */
export interface ActionList {
  readonly kind: 'action-list';
  readonly locale: Locale;
  readonly heading: string;
  readonly intro: string;
  readonly empty: string;
  /** Whether a team column is shown (the organisation's list). */
  readonly acrossTeams: boolean;
  readonly columns: Readonly<
    Record<'action' | 'team' | 'target' | 'owner' | 'due' | 'status' | 'before' | 'after' | 'effect', string>
  >;
  readonly rows: readonly ActionRow[];
}

export interface ActionListItem {
  readonly id: string;
  readonly title: string;
  readonly teamName: string;
  readonly target: TargetRef;
  readonly owner: { readonly displayName: string } | null;
  readonly dueOn: string;
  readonly status: 'open' | 'done';
  readonly doneAt: Date | null;
  readonly effect?: {
    readonly effect: NudgeEffect;
    readonly before: {
      readonly figure: FigureInput;
      readonly window: { readonly from: string; readonly to: string };
    };
    readonly after: {
      readonly figure: FigureInput;
      readonly window: { readonly from: string; readonly to: string };
    };
  };
}

export interface ActionListInput {
  readonly locale: string;
  readonly acrossTeams: boolean;
  readonly items: readonly ActionListItem[];
  readonly now: Date;
  readonly timeZone: string;
  /** The k figures are gated with; checked again here. */
  readonly k: number;
  readonly windowWeeks: number;
  readonly effectWeeks: number;
  readonly content: ContentBank;
}

/**
 * Open, overdue (its due date, YYYY-MM-DD, is before `today` in the viewer's
 * zone) or done on a date: an action's status as every list of actions says it.
 */
export function actionStatus(
  item: Pick<ActionListItem, 'status' | 'dueOn' | 'doneAt'>,
  today: string,
  timeZone: string,
  locale: Locale,
): Pick<ActionRow, 'status' | 'statusLabel'> {
  const status = item.status === 'done' ? 'done' : item.dueOn < today ? 'overdue' : 'open';
  return {
    status,
    statusLabel:
      status === 'done' && item.doneAt
        ? t(locale, 'actions.status.done', { date: localDate(item.doneAt, timeZone, locale) })
        : t(locale, status === 'overdue' ? 'actions.status.overdue' : 'actions.status.open'),
  };
}

/**
 * Actions with their owner, due date and status, and their element's
 * rolling score before and after with its n and window. A hidden figure
 * keeps its reason and never a score, and its effect reads "too few
 * answers to tell".
 */
export function buildActionList(input: ActionListInput): ActionList {
  const locale = resolveLocale(input.locale);
  const today = DateTime.fromJSDate(input.now, { zone: input.timeZone }).toISODate() ?? '';
  const cell = (side: NonNullable<ActionListItem['effect']>['before']): WindowedCell => ({
    ...scoreCell(side.figure, { locale, k: input.k }),
    windowLabel: t(locale, 'actions.figure.window', side.window),
  });
  const rows = input.items.map((item): ActionRow => ({
    id: item.id,
    title: item.title,
    team: item.teamName,
    target: targetLabel(input.content, item.target, locale),
    owner: item.owner?.displayName ?? t(locale, 'actions.owner.none'),
    due: dueDateLabel(item.dueOn, input.timeZone, locale),
    ...actionStatus(item, today, input.timeZone, locale),
    ...(item.effect
      ? {
          before: cell(item.effect.before),
          after: cell(item.effect.after),
          effect: item.effect.effect,
          // Nothing asked the element since: not a matter of too few answers.
          effectLabel:
            item.effect.effect === 'unknown' && item.effect.after.figure.hidden === 'not_asked'
              ? t(locale, 'actions.effect.none')
              : t(locale, `nudge.effect.${item.effect.effect}`),
        }
      : { effectLabel: t(locale, 'actions.effect.none') }),
  }));
  return {
    kind: 'action-list',
    locale,
    heading: t(locale, input.acrossTeams ? 'actions.section.org' : 'actions.section.team'),
    intro: t(locale, 'actions.section.intro', { weeks: input.windowWeeks, effectWeeks: input.effectWeeks }),
    empty: t(locale, 'actions.section.empty'),
    acrossTeams: input.acrossTeams,
    columns: {
      action: t(locale, 'actions.column.action'),
      team: t(locale, 'actions.column.team'),
      target: t(locale, 'actions.column.target'),
      owner: t(locale, 'actions.column.owner'),
      due: t(locale, 'actions.column.due'),
      status: t(locale, 'actions.column.status'),
      before: t(locale, 'actions.column.before'),
      after: t(locale, 'actions.column.after'),
      effect: t(locale, 'actions.column.effect'),
    },
    rows,
  };
}
