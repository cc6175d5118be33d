import type { Locale } from '../model/keys.ts';
import { resolveLocale } from '../model/localized-text.ts';
import { t } from './i18n/translate.ts';

/** What each platform's "make this an action" form asks: a title, an owner from the team, a due date. */
export interface ActionForm {
  readonly kind: 'action-form';
  readonly locale: Locale;
  /** The nudge it comes from; without one, the team and a choice of element. */
  readonly nudgePostId?: string;
  readonly teamId: string;
  readonly teamName: string;
  /** Without a nudge: every element, and the one to start from (the team's weakest shown). */
  readonly targets?: readonly { readonly key: string; readonly label: string }[];
  readonly selectedTarget?: string;
  readonly targetLabel: string;
  readonly labels: {
    readonly title: string;
    readonly name: string;
    readonly owner: string;
    readonly target: string;
    readonly due: string;
    readonly submit: string;
  };
  /** The nudge's own title, to start from. */
  readonly suggestedTitle: string;
  /** The team's current members, by the platform's user id; the one filling in the form first. */
  readonly owners: readonly { readonly platformUserId: string; readonly name: string }[];
  /** YYYY-MM-DD: two weeks from today in the reader's zone. */
  readonly suggestedDue: string;
}

export function buildActionForm(
  input: Omit<ActionForm, 'kind' | 'labels' | 'locale'> & { locale: string },
): ActionForm {
  const locale = resolveLocale(input.locale);
  return {
    ...input,
    kind: 'action-form',
    locale,
    labels: {
      title: t(locale, 'actions.form.title'),
      name: t(locale, 'actions.form.name'),
      owner: t(locale, 'actions.form.owner'),
      target: t(locale, 'actions.column.target'),
      due: t(locale, 'actions.form.due'),
      submit: t(locale, 'actions.form.submit'),
    },
  };
}
