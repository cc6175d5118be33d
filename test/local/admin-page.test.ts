import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { formTokenOf, startAdminPageApp, type AdminPageApp } from '../support/admin-page-app.ts';
import { until } from '../support/wait-until.ts';

/**
 * The admin page in the playground, on both databases: an admin changes a
 * schedule, pauses and resumes a team, sends its round now and closes it,
 * and removes a team and a person after the confirm step; each change is
 * shown as a notice, on the page and in the audit log.
 */
describeEachDatabase('the admin page', (database) => {
  let admin: AdminPageApp;
  let token: string;

  beforeAll(async () => {
    admin = await startAdminPageApp(database);
    token = formTokenOf((await admin.page('/dashboard/admin', 'ada')).html);
  });
  afterAll(async () => admin?.stop());

  const act = (action: string, fields: Record<string, string> = {}) =>
    admin.post(action, admin.as('ada'), { csrf: token, team: 'C-support', ...fields });

  it('shows an admin the teams with their source, leaders and schedule, the people and their roles', async () => {
    const { status, html } = await admin.page('/dashboard/admin', 'ada');
    expect(status).toBe(200);
    expect(html).toContain('<h3 class="card-title" id="team-0-name">Support</h3>');
    expect(html).toContain('a list made by hand');
    expect(html).toContain('Lea Leider');
    expect(html).toMatch(/<option value="weekly" selected>Every week<\/option>/);
    expect(html).toMatch(/<option value="2" selected>Tuesday<\/option>/);
    expect(html).toContain('value="10:00"');
    expect(html).toContain('value="Europe/Amsterdam"');
    expect(html).toMatch(/<th scope="row">Hanna HR<\/th>\s*<td>HR<\/td>/);
    expect(html).toMatch(/<th scope="row">Lea Leider<\/th>\s*<td>Leader of Support<\/td>/);
    // The dashboard's navigation leads here for admins.
    expect((await admin.page('/dashboard', 'ada')).html).toContain(
      `href="/dashboard/admin${admin.as('ada')}"`,
    );
    expect((await admin.page('/dashboard', 'lea')).html).not.toContain('/dashboard/admin');
  });

  it('changes a schedule through the form: the page and the audit log show it', async () => {
    const { status, html } = await act('schedule', {
      cadence: 'biweekly',
      weekday: '4',
      time: '14:00',
      timeZone: 'Europe/Amsterdam',
    });
    expect(status).toBe(200);
    expect(html).toContain(
      'Team “Support” now gets its pulse every other Thursday at 14:00 (Europe/Amsterdam).',
    );
    expect(html).toMatch(/<option value="biweekly" selected>/);
    expect(html).toMatch(/<option value="4" selected>Thursday<\/option>/);
    expect(html).toContain('value="14:00"');
    expect(html).toMatch(
      /<td>Ada Admin<\/td>\s*<td><code>team.schedule-changed<\/code><\/td>\s*<td>Support<\/td>/,
    );
    expect(html).toContain('weekly 2 10:00 Europe/Amsterdam');
    expect(html).toContain('biweekly 4 14:00 Europe/Amsterdam');
    const schedule = await admin.app.store.db.schedule.findFirstOrThrow({
      where: { team: { name: 'Support' } },
    });
    expect(schedule).toMatchObject({ cadence: 'biweekly', weekday: 4, localTime: '14:00' });
  });

  it('tells an admin what is wrong with a schedule, and changes nothing', async () => {
    const { status, html } = await act('schedule', { time: '25:00' });
    expect(status).toBe(400);
    expect(html).toContain('tone-warning');
    expect(html).toContain('value="14:00"');
  });

  it('pauses and resumes a team', async () => {
    const paused = await act('pause');
    expect(paused.html).toContain('Team “Support” is paused');
    expect(paused.html).toContain('<strong>Paused</strong>');
    expect(paused.html).toContain('>Resume</button>');
    expect(paused.html).toContain('<code>team.paused</code>');
    const resumed = await act('resume');
    expect(resumed.html).toContain('Team “Support” is running again.');
    expect(resumed.html).toContain('<strong>Running</strong>');
    expect(resumed.html).toContain('<code>team.resumed</code>');
  });

  it('sends the team’s round now: its members get their pulse in the playground; then closes it', async () => {
    const sent = await act('send-now');
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('A round for “Support” is open: 6 people get their pulse now');
    expect(sent.html).toContain('>Close it now</button>');
    const dm = `${admin.app.url}/api/conversations/dm-ann/messages${admin.as('ann')}`;
    await until('the pulse in Ann’s direct messages', 20, async () => {
      await admin.app.tick();
      const { messages } = (await (await fetch(dm)).json()) as { messages: { kind?: string }[] };
      return messages.length > 0 ? messages : undefined;
    });
    const closed = await act('close-now');
    expect(closed.html).toContain('The round of “Support” closes now');
    expect(closed.html).toContain('<code>round.closed-now</code>');
    expect(closed.html).toContain('<code>round.sent-now</code>');
  });

  it('sets a person’s leave and the organisation’s public holidays', async () => {
    const leave = await admin.post('leave', admin.as('ada'), {
      csrf: token,
      person: 'bob',
      backOn: '2026-12-07',
    });
    expect(leave.html).toContain('bob Member is on leave: no pulse or reminder before');
    expect(leave.html).toContain('Back on 2026-12-07');
    const holidays = await admin.post('holidays', admin.as('ada'), { csrf: token, region: 'NL' });
    expect(holidays.html).toContain('the public holidays of NL off');
    expect(holidays.html).toContain('<code>organization.holidays-changed</code>');
  });

  it('removes a person only after saying what happens to their data', async () => {
    const asked = await admin.post('remove-person', admin.as('ada'), { csrf: token, person: 'eve' });
    expect(asked.html).toContain('Erase the data of eve Member?');
    expect(asked.html).toContain('What stays');
    expect(asked.html).toContain('name="confirmed" value="yes"');
    expect(await admin.app.store.db.person.count({ where: { platformUserId: 'eve' } })).toBe(1);
    const done = await admin.post('remove-person', admin.as('ada'), {
      csrf: token,
      person: 'eve',
      confirmed: 'yes',
    });
    expect(done.html).toContain('eve Member is removed');
    expect(done.html).not.toContain('<th scope="row">eve Member</th>');
  });

  it('removes a team only after saying what happens', async () => {
    const asked = await act('remove');
    expect(asked.html).toContain('Remove the team “Support”?');
    expect(asked.html).toContain('Figures it already published stay');
    expect((await admin.page('/dashboard/admin', 'ada')).html).toContain('id="team-0-name">Support</h3>');
    const done = await act('remove', { confirmed: 'yes' });
    expect(done.html).toContain('Team “Support” is removed');
    expect(done.html).not.toContain('id="team-0-name"');
    expect(done.html).toContain('<code>team.removed</code>');
  });
});
