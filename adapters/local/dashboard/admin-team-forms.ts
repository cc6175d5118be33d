import type { AdminOverview } from '../../../src/app/admin-overview.ts';
import { t, type MessageKey } from '../../../src/messages/index.ts';
import { html, type SafeHtml } from '../render/html.ts';
import { option, postForm, type FormContext } from './post-form.ts';

/**
 * "Add a team" and "Give a role": the page's forms for `/pulse team add` and
 * `/pulse role`, posting to the same use cases (addTeam, assignRole).
 */
export function addTeamForm(overview: AdminOverview, form: FormContext): SafeHtml {
  const say = (key: MessageKey) => t(form.locale, key);
  return html`<section class="admin-setup" aria-labelledby="admin-add-team">
    <h3 id="admin-add-team">${say('admin-page.add-team')}</h3>
    ${postForm(
      form,
      'add-team',
      {},
      html`<fieldset class="admin-fields">
        <label for="add-team-name">${say('admin-page.add-team.name')}</label>
        <input id="add-team-name" name="name" maxlength="80" required />
        <label for="add-team-channel">${say('admin-page.add-team.channel')}</label>
        <input id="add-team-channel" name="channel" maxlength="80" required />
        <label for="add-team-leader">${say('admin-page.add-team.leader')}</label>
        <select id="add-team-leader" name="leader">
          ${option('', say('admin-page.add-team.nobody'), '')} ${peopleOptions(overview)}
        </select>
        <button type="submit">${say('admin-page.add-team.submit')}</button>
      </fieldset>`,
    )}
  </section>`;
}

export function giveRoleForm(overview: AdminOverview, form: FormContext): SafeHtml {
  const say = (key: MessageKey) => t(form.locale, key);
  return html`<section class="admin-setup" aria-labelledby="admin-give-role">
    <h3 id="admin-give-role">${say('admin-page.give-role')}</h3>
    ${postForm(
      form,
      'role',
      {},
      html`<fieldset class="admin-fields">
        <label for="give-role-person">${say('admin-page.give-role.person')}</label>
        <select id="give-role-person" name="person">
          ${peopleOptions(overview)}
        </select>
        <label for="give-role-role">${say('admin-page.give-role.role')}</label>
        <select id="give-role-role" name="role">
          ${option('leader', say('admin-page.give-role.leader'), '')}
          ${option('hr', say('admin-page.role.hr'), '')} ${option('admin', say('admin-page.role.admin'), '')}
        </select>
        <label for="give-role-team">${say('admin-page.give-role.team')}</label>
        <select id="give-role-team" name="team">
          ${overview.teams.map((team) => option(team.channelId, team.name, ''))}
        </select>
        <button type="submit">${say('admin-page.give-role.submit')}</button>
      </fieldset>`,
    )}
  </section>`;
}

function peopleOptions(overview: AdminOverview): SafeHtml[] {
  return overview.people.map((person) => option(person.platformUserId, person.displayName, ''));
}
