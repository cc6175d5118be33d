import { resolveLocale } from '../model/localized-text.ts';
import { dueDateLabel } from './action-check-in.ts';
import { t } from './i18n/translate.ts';
import type { Notice } from './types.ts';

/** What the team's channel is told when its leader (or an admin) makes an action. */
export function actionAnnouncement(
  input: {
    readonly title: string;
    readonly targetLabel: string;
    readonly owner: string;
    readonly dueOn: string;
  },
  timeZone: string,
  locale: string,
): Notice {
  const resolved = resolveLocale(locale);
  return {
    kind: 'notice',
    locale: resolved,
    tone: 'info',
    title: t(resolved, 'actions.form.title'),
    text: t(resolved, 'actions.announced', {
      title: input.title,
      target: input.targetLabel,
      owner: input.owner,
      due: dueDateLabel(input.dueOn, timeZone, resolved),
    }),
  };
}
