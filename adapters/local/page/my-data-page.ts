import type { PersonalData } from '../../../src/app/data-rights.ts';
import type { ErasureRequest } from '../../../src/messages/erasure-request.ts';
import { t, type MessageKey } from '../../../src/messages/index.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { OwnActionList } from '../../../src/messages/own-action-list.ts';
import { tableHtml } from '../render/figures-html.ts';
import { html, raw, type SafeHtml } from '../render/html.ts';

export interface MyDataPageModel {
  readonly basePath: string;
  readonly locale: Locale;
  /** The viewer's id, for the links back and the download. */
  readonly as: string;
  readonly data: PersonalData;
  /** The actions in that data, named in the viewer's language. */
  readonly actions: OwnActionList | undefined;
  /** What erasing removes and keeps, with its confirm button; a refusal notice has none. */
  readonly erasure: ErasureRequest | undefined;
}

/**
 * Everything kept about the viewer, readable in their language: the same
 * content as the JSON export (downloadable below it), then what erasing
 * would remove and keep, and the button that erases (the script posts it).
 */
export function myDataPage(model: MyDataPageModel): string {
  const { data, locale, basePath, erasure } = model;
  const say = (key: MessageKey): string => t(locale, key);
  const as = encodeURIComponent(model.as);
  const yesNo = (value: boolean) => say(value ? 'my-data.yes' : 'my-data.no');
  const row = (label: string, value: string | SafeHtml) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${value}</td>
    </tr>`;
  const list = (heading: string, items: readonly string[]) =>
    html`<h3>${heading}</h3>
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  const person = data.person;
  return `<!doctype html>\n${
    html`<html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${say('my-data.title')} · ${say('app.name')}</title>
        <link rel="stylesheet" href="${basePath}/assets/playground.css" />
        <script src="${basePath}/assets/my-data.js" defer></script>
      </head>
      <body class="my-data">
        <main class="pane" id="my-data" data-base="${basePath}" data-as="${model.as}">
          <p><a href="${basePath}/?as=${as}">${say('my-data.back')}</a></p>
          <h1>${say('my-data.title')}</h1>
          <h2>${say('my-data.profile')}</h2>
          <table>
            ${row(say('my-data.name'), person.displayName)}
            ${row(say('my-data.language'), t(locale, `language.${person.locale === 'nl' ? 'nl' : 'en'}`))}
            ${row(say('my-data.time-zone'), person.timeZone)}
            ${row(say('my-data.working'), `${person.workingDays} · ${person.workingHours}`)}
            ${row(say('my-data.status'), t(locale, person.paused ? 'notice.settings.paused' : 'notice.settings.active'))}
            ${row(say('my-data.roles'), person.roles.length > 0 ? person.roles.join(', ') : say('my-data.none'))}
            ${row(say('my-data.conversation'), yesNo(person.conversationKept))}
          </table>
          <h2>${say('my-data.teams')}</h2>
          <ul>
            ${data.teams.map((team) => html`<li>${team.team} · ${team.role} · ${team.joinedAt.slice(0, 10)}${team.leftAt ? ` – ${team.leftAt.slice(0, 10)}` : ''}</li>`)}
          </ul>
          <h2>${say('my-data.rounds')}</h2>
          <ul>
            ${data.rounds.map((round) => html`<li>${round.team} · ${round.week} · ${say(round.answered ? 'my-data.answered' : 'my-data.not-answered')}</li>`)}
          </ul>
          ${
            data.ownRatings.length > 0
              ? html`<h2>${say('my-data.ratings')}</h2>
                  <ul>
                    ${data.ownRatings.map((rating) => html`<li>${rating.week} · ${rating.statementId} · ${rating.value ?? '–'}</li>`)}
                  </ul>`
              : ''
          }
          ${model.actions && model.actions.rows.length > 0 ? actionsHtml(model.actions) : ''}
          <p>${say('my-data.note')}</p>
          <p><a href="${basePath}/dashboard/my-data?as=${as}" download>${say('my-data.download')}</a></p>
          ${
            erasure
              ? html`<section class="erase" aria-labelledby="erase-heading">
                  <h2 id="erase-heading">${erasure.title}</h2>
                  <p>${erasure.intro}</p>
                  ${list(erasure.removes.heading, erasure.removes.items)}
                  ${list(erasure.stays.heading, erasure.stays.items)}
                  <button type="button" class="danger" data-erase="${erasure.subjectId}">
                    ${erasure.confirmLabel}
                  </button>
                  <p class="status" id="status" role="status"></p>
                </section>`
              : raw('')
          }
        </main>
      </body>
    </html>`.value
  }\n`;
}

/** The actions the viewer owns or made: what each is, for which team and element, when due, how it stands. */
function actionsHtml(list: OwnActionList): SafeHtml {
  const { columns } = list;
  const headers = [columns.action, columns.team, columns.target, columns.due, columns.status];
  const rows = list.rows.map((row) => [
    row.title,
    row.team,
    row.target,
    row.due,
    html`<span class="status-${row.status}">${row.statusLabel}</span>`,
  ]);
  return html`<section class="actions" aria-labelledby="my-actions-heading">
    <h2 id="my-actions-heading">${list.heading}</h2>
    <p class="meta">${list.intro}</p>
    ${tableHtml(list.heading, headers, rows)}
  </section>`;
}
