import type { ActionList, WindowedCell } from '../../../src/messages/index.ts';
import { formatNumber } from '../../../src/messages/index.ts';
import { html, type SafeHtml } from '../render/html.ts';
import { tableHtml } from '../render/figures-html.ts';
import { markDoneHtml, newActionHtml, type TeamActionForms } from './action-forms-html.ts';

/** A before or after figure: the score with its n, or why it is hidden; always the weeks it pools. */
function figureHtml(cell: WindowedCell | undefined, locale: ActionList['locale']): SafeHtml | string {
  if (!cell) return '–';
  const value =
    cell.score === null
      ? html`<span class="hidden-figure">${cell.hiddenLabel ?? '–'}</span>`
      : html`<strong>${formatNumber(locale, cell.score)}</strong
          >${cell.basisLabel ? html` <span class="meta">(${cell.basisLabel})</span>` : ''}`;
  return html`${value}<br /><span class="meta">${cell.windowLabel}</span>`;
}

/**
 * The dashboard's actions: each with its owner, due date and status, and its
 * element's rolling score before and after, with n and window. Used under a
 * team's report and on the organisation page for HR. With `forms` (the
 * team's leader or an admin) an open action can be marked done and a new one
 * made.
 */
export function actionsSectionHtml(list: ActionList, forms?: TeamActionForms): SafeHtml {
  const { columns, locale } = list;
  const headers = [
    columns.action,
    ...(list.acrossTeams ? [columns.team] : []),
    columns.target,
    columns.owner,
    columns.due,
    columns.status,
    columns.before,
    columns.after,
    columns.effect,
  ];
  const rows = list.rows.map((row) => [
    row.title,
    ...(list.acrossTeams ? [row.team] : []),
    row.target,
    row.owner,
    row.due,
    html`<span class="status-${row.status}">${row.statusLabel}</span>
      ${forms && row.status !== 'done' ? markDoneHtml(forms, row.id) : ''}`,
    figureHtml(row.before, locale),
    figureHtml(row.after, locale),
    row.effectLabel,
  ]);
  return html`<section class="actions" aria-labelledby="actions-heading" lang="${locale}">
    <h2 id="actions-heading">${list.heading}</h2>
    <p class="meta">${list.intro}</p>
    ${list.rows.length === 0 ? html`<p>${list.empty}</p>` : tableHtml(list.heading, headers, rows)}
    ${forms ? newActionHtml(forms) : ''}
  </section>`;
}
