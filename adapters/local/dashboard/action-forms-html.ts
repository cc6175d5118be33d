import type { TeamActionChoices } from '../../../src/app/dashboard-actions.ts';
import { formatNumber, t, type MessageKey, type MessageParams } from '../../../src/messages/index.ts';
import type { ScoreRow } from '../../../src/messages/types.ts';
import { html, type SafeHtml } from '../render/html.ts';
import { option, postForm, type FormContext } from './post-form.ts';

/** What a team page's action forms need: where they post (`…/teams/:id/actions`), the owners and a due date. */
export interface TeamActionForms {
  readonly form: FormContext;
  readonly choices: TeamActionChoices;
  /** The team report's element rows, to find the weakest (none before its first results). */
  readonly elements: readonly ScoreRow[];
}

/** How many of the lowest shown elements are offered as a start. */
const WEAKEST = 3;

/** The elements with the lowest rolling scores the report shows (hidden ones have no score to judge). */
export function weakestElements(elements: readonly ScoreRow[]): ScoreRow[] {
  return elements
    .filter((row) => row.target.kind === 'element' && row.score !== null)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .slice(0, WEAKEST);
}

/** The weakest elements, each with its score and a folded form that makes an action for it. */
export function weakestElementsHtml(forms: TeamActionForms): SafeHtml | string {
  const say = (key: MessageKey, params?: MessageParams) => t(forms.form.locale, key, params);
  const weakest = weakestElements(forms.elements);
  if (weakest.length === 0) return '';
  return html`<section class="weakest" aria-labelledby="weakest-heading">
    <h2 id="weakest-heading">${say('dashboard-actions.weakest')}</h2>
    <p class="meta">${say('dashboard-actions.weakest.intro')}</p>
    <ul class="weakest-list">
      ${weakest.map(
        (row, index) =>
          html`<li>
            <p>
              <strong>${row.label}</strong>
              ${formatNumber(forms.form.locale, row.score ?? 0)}
              ${row.basisLabel ? html`<span class="meta">(${row.basisLabel})</span>` : ''}
            </p>
            <details>
              <summary>${say('dashboard-actions.make-for', { target: row.label })}</summary>
              ${actionFields(forms, `weak-${index}`, row.target.key)}
            </details>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** Under the team's actions: a new action on any element. */
export function newActionHtml(forms: TeamActionForms): SafeHtml {
  return html`<h3 id="new-action-heading">${t(forms.form.locale, 'dashboard-actions.new')}</h3>
    ${actionFields(forms, 'new-action', undefined)}`;
}

/** The button that marks an open action done. */
export function markDoneHtml(forms: TeamActionForms, actionId: string): SafeHtml {
  return postForm(
    forms.form,
    `${encodeURIComponent(actionId)}/done`,
    {},
    html`<button type="submit">${t(forms.form.locale, 'dashboard-actions.mark-done')}</button>`,
  );
}

/** Title, element (fixed when the form sits beside one), owner and due date: what `createAction` takes. */
function actionFields(forms: TeamActionForms, id: string, fixedTarget: string | undefined): SafeHtml {
  const say = (key: MessageKey) => t(forms.form.locale, key);
  const weakest = weakestElements(forms.elements)[0]?.target.key ?? '';
  return postForm(
    forms.form,
    'new',
    fixedTarget === undefined ? {} : { target: fixedTarget },
    html`<fieldset class="action-fields">
      <label for="${id}-title">${say('actions.form.name')}</label>
      <input id="${id}-title" name="title" maxlength="200" required />
      ${
        fixedTarget === undefined
          ? html`<label for="${id}-target">${say('dashboard-actions.element')}</label>
              <select id="${id}-target" name="target">
                ${forms.choices.elements.map((element) => option(element.key, element.label, weakest))}
              </select>`
          : ''
      }
      <label for="${id}-owner">${say('actions.form.owner')}</label>
      <select id="${id}-owner" name="owner">
        ${forms.choices.owners.map((owner) => option(owner.personId, owner.name, ''))}
      </select>
      <label for="${id}-due">${say('actions.form.due')}</label>
      <input id="${id}-due" name="dueOn" type="date" value="${forms.choices.suggestedDue}" required />
      <button type="submit">${say('actions.form.submit')}</button>
    </fieldset>`,
  );
}
