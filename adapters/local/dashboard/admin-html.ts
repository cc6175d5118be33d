import { DateTime } from 'luxon';
import type { AdminOverview, AdminPersonRow, AdminTeamRow } from '../../../src/app/admin-overview.ts';
import { CADENCES } from '../../../src/core/index.ts';
import { localDateTime, t, type MessageKey, type MessageParams } from '../../../src/messages/index.ts';
import type { ErasureRequest } from '../../../src/messages/erasure-request.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { html, type SafeHtml } from '../render/html.ts';
import { option, postForm, type FormContext } from './post-form.ts';
import { addTeamForm, giveRoleForm } from './admin-team-forms.ts';

/** What every form on the admin page needs: where to post, as whom, and the viewer's form token. */
export type AdminFormContext = FormContext;

/** The admin page's body: teams with their schedules, people with roles and leave, holidays, the audit log. */
export function adminBody(overview: AdminOverview, form: AdminFormContext): SafeHtml {
  const say = (key: MessageKey, params?: MessageParams) => t(form.locale, key, params);
  return html`<section aria-labelledby="admin-teams">
      <h2 id="admin-teams">${say('admin-page.teams')}</h2>
      ${overview.teams.length === 0 ? html`<p>${say('admin-page.no-teams')}</p>` : ''}
      ${overview.teams.map((team, index) => teamCard(team, index, form))} ${addTeamForm(overview, form)}
    </section>
    <section aria-labelledby="admin-people">
      <h2 id="admin-people">${say('admin-page.people')}</h2>
      ${giveRoleForm(overview, form)}
      <table class="admin-people">
        <thead>
          <tr>
            <th scope="col">${say('admin-page.person')}</th>
            <th scope="col">${say('admin-page.roles')}</th>
            <th scope="col">${say('admin-page.leave')}</th>
            <th scope="col">${say('admin-page.remove-person')}</th>
          </tr>
        </thead>
        <tbody>
          ${overview.people.map((person, index) => personRow(person, index, form))}
        </tbody>
      </table>
    </section>
    <section aria-labelledby="admin-holidays">
      <h2 id="admin-holidays">${say('admin-page.holidays')}</h2>
      <p>
        ${
          overview.holidayRegion
            ? say('admin-page.holidays.current', { region: overview.holidayRegion })
            : say('admin-page.holidays.none')
        }
      </p>
      ${postForm(
        form,
        'holidays',
        {},
        html`<label for="admin-holiday-region">${say('admin-page.holidays.region')}</label>
          <input id="admin-holiday-region" name="region" value="${overview.holidayRegion ?? ''}" />
          <button type="submit">${say('admin-page.holidays.save')}</button>`,
      )}
    </section>
    ${auditLog(overview.audit, form)}`;
}

function teamCard(team: AdminTeamRow, index: number, form: AdminFormContext): SafeHtml {
  const say = (key: MessageKey, params?: MessageParams) => t(form.locale, key, params);
  const id = `team-${index}`;
  const schedule = team.schedule;
  const button = (action: string, key: MessageKey) =>
    postForm(form, action, { team: team.channelId }, html`<button type="submit">${say(key)}</button>`);
  return html`<article class="card admin-team" aria-labelledby="${id}-name" data-team="${team.channelId}">
    <h3 class="card-title" id="${id}-name">${team.name}</h3>
    <dl class="admin-facts">
      <dt>${say('admin-page.source')}</dt>
      <dd>${say(`admin-page.source.${team.source}`, { id: team.sourceId ?? team.channelId })}</dd>
      <dt>${say('admin-page.leaders')}</dt>
      <dd>${team.leaders.length > 0 ? team.leaders.join(', ') : say('admin-page.nobody')}</dd>
      <dt>${say('admin-page.members')}</dt>
      <dd>${team.members}</dd>
    </dl>
    <p class="admin-status">
      <strong>${say(team.paused ? 'admin-page.status.paused' : 'admin-page.status.running')}</strong>
      ${
        team.openRoundClosesAt && schedule
          ? say(
              'admin-page.status.open-round',
              localDateTime(team.openRoundClosesAt, schedule.timeZone, form.locale),
            )
          : ''
      }
      ${
        schedule?.nextRunAt && !team.paused
          ? say('admin-page.next-round', {
              ...localDateTime(schedule.nextRunAt, schedule.timeZone, form.locale),
              timeZone: schedule.timeZone,
            })
          : ''
      }
    </p>
    ${
      schedule
        ? postForm(
            form,
            'schedule',
            { team: team.channelId },
            html`<fieldset class="admin-schedule">
              <legend>${say('admin-page.schedule')}</legend>
              <label for="${id}-cadence">${say('admin-page.frequency')}</label>
              <select id="${id}-cadence" name="cadence">
                ${CADENCES.map((cadence) => option(cadence, say(`admin-page.cadence.${cadence}`), schedule.cadence))}
              </select>
              <label for="${id}-weekday">${say('admin-page.weekday')}</label>
              <select id="${id}-weekday" name="weekday">
                ${[1, 2, 3, 4, 5, 6, 7].map((day) =>
                  option(String(day), weekdayName(day, form.locale), String(schedule.weekday)),
                )}
              </select>
              <label for="${id}-time">${say('admin-page.time')}</label>
              <input id="${id}-time" name="time" type="time" value="${schedule.time}" required />
              <label for="${id}-zone">${say('admin-page.time-zone')}</label>
              <input id="${id}-zone" name="timeZone" value="${schedule.timeZone}" required />
              <button type="submit">${say('admin-page.save-schedule')}</button>
            </fieldset>`,
          )
        : html`<p>${say('admin-page.no-schedule')}</p>`
    }
    <div class="admin-actions">
      ${team.paused ? button('resume', 'admin-page.resume') : button('pause', 'admin-page.pause')}
      ${team.openRoundClosesAt ? button('close-now', 'admin-page.close-now') : button('send-now', 'admin-page.send-now')}
      ${button('remove', 'admin-page.remove-team')}
    </div>
  </article>`;
}

function personRow(person: AdminPersonRow, index: number, form: AdminFormContext): SafeHtml {
  const say = (key: MessageKey, params?: MessageParams) => t(form.locale, key, params);
  const roles = [
    ...(person.isAdmin ? [say('admin-page.role.admin')] : []),
    ...(person.isHr ? [say('admin-page.role.hr')] : []),
    ...(person.leads.length > 0 ? [say('admin-page.role.leader', { teams: person.leads.join(', ') })] : []),
  ];
  const id = `person-${index}`;
  return html`<tr>
    <th scope="row">${person.displayName}</th>
    <td>${roles.join(' · ')}</td>
    <td>
      ${person.pausedUntil ? html`<p>${say('admin-page.leave.back-on', { date: person.pausedUntil })}</p>` : ''}
      ${postForm(
        form,
        'leave',
        { person: person.platformUserId },
        html`<label for="${id}-back">${say('admin-page.leave.date')}</label>
          <input id="${id}-back" name="backOn" type="date" required />
          <button type="submit">${say('admin-page.leave.save')}</button>`,
      )}
    </td>
    <td>
      ${postForm(
        form,
        'remove-person',
        { person: person.platformUserId },
        html`<button type="submit">${say('admin-page.remove-person')}</button>`,
      )}
    </td>
  </tr>`;
}

function auditLog(audit: AdminOverview['audit'], form: AdminFormContext): SafeHtml {
  const say = (key: MessageKey) => t(form.locale, key);
  const pageLink = (page: number, key: MessageKey) =>
    html`<a href="${form.action}${form.query}${form.query ? '&' : '?'}page=${page}">${say(key)}</a>`;
  return html`<section aria-labelledby="admin-audit">
    <h2 id="admin-audit">${say('admin-page.audit')}</h2>
    ${
      audit.entries.length === 0
        ? html`<p>${say('admin-page.audit.empty')}</p>`
        : html`<table class="admin-audit">
            <thead>
              <tr>
                <th scope="col">${say('admin-page.audit.when')}</th>
                <th scope="col">${say('admin-page.audit.who')}</th>
                <th scope="col">${say('admin-page.audit.what')}</th>
                <th scope="col">${say('admin-page.audit.subject')}</th>
                <th scope="col">${say('admin-page.audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              ${audit.entries.map(
                (entry) =>
                  html`<tr>
                    <td>${entry.at.toISOString().slice(0, 16).replace('T', ' ')}</td>
                    <td>${entry.actor ?? say('admin-page.audit.command-line')}</td>
                    <td><code>${entry.action}</code></td>
                    <td>${entry.subject ?? ''}</td>
                    <td><code>${entry.detail ?? ''}</code></td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <p class="admin-paging">
      ${audit.page > 1 ? pageLink(audit.page - 1, 'admin-page.audit.newer') : ''}
      ${audit.hasMore ? pageLink(audit.page + 1, 'admin-page.audit.older') : ''}
    </p>
  </section>`;
}

/** The confirm step of removing a team: what happens, then the button that does it, or back. */
export function removeTeamConfirm(team: AdminTeamRow, form: AdminFormContext): SafeHtml {
  const say = (key: MessageKey, params?: MessageParams) => t(form.locale, key, params);
  return html`<article class="card notice tone-warning">
    <h2 class="card-title">${say('admin-page.remove-team.title', { team: team.name })}</h2>
    <p>${say('admin-page.remove-team.explain')}</p>
    ${postForm(
      form,
      'remove',
      { team: team.channelId, confirmed: 'yes' },
      html`<button type="submit">${say('admin-page.remove-team.confirm')}</button>`,
    )}
    <p><a href="${form.action}${form.query}">${say('admin-page.cancel')}</a></p>
  </article>`;
}

/** The confirm step of removing a person: the data-rights rule (what is removed, what stays), then the button. */
export function removePersonConfirm(
  request: ErasureRequest,
  platformUserId: string,
  form: AdminFormContext,
): SafeHtml {
  const list = (part: ErasureRequest['removes']) =>
    html`<h3>${part.heading}</h3>
      <ul>
        ${part.items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  return html`<article class="card notice tone-warning">
    <h2 class="card-title">${request.title}</h2>
    <p>${request.intro}</p>
    ${list(request.removes)} ${list(request.stays)}
    ${postForm(
      form,
      'remove-person',
      { person: platformUserId, confirmed: 'yes' },
      html`<button type="submit">${request.confirmLabel}</button>`,
    )}
    <p><a href="${form.action}${form.query}">${t(form.locale, 'admin-page.cancel')}</a></p>
  </article>`;
}

/** "Tuesday", "dinsdag": 5 January 2026 is a Monday, so ISO weekday n is n - 1 days after it. */
function weekdayName(weekday: number, locale: Locale): string {
  return DateTime.fromISO('2026-01-05')
    .plus({ days: weekday - 1 })
    .setLocale(locale)
    .toFormat('cccc');
}
