import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { adminFormGuard } from '../../adapters/local/dashboard/admin-form-token.ts';
import {
  ADMIN_TEST_KEY,
  formTokenOf,
  startAdminPageApp,
  type AdminPageApp,
} from '../support/admin-page-app.ts';

/**
 * The admin page's "Add a team" and "Give a role", the page's `/pulse team
 * add` and `/pulse role`: the team, its leader and the roles are stored and
 * audited as chat stores them; HR and a leader are refused; a form with a
 * field missing says so and stores nothing.
 */
describeEachDatabase('adding a team and giving roles on the admin page', (database) => {
  let admin: AdminPageApp;
  let token: string;

  beforeAll(async () => {
    admin = await startAdminPageApp(database);
    token = formTokenOf((await admin.page('/dashboard/admin', 'ada')).html);
  });
  afterAll(async () => admin?.stop());

  const act = (action: string, fields: Record<string, string>, user = 'ada') =>
    admin.post(action, admin.as(user), { csrf: token, ...fields });
  const teamNamed = (name: string) => admin.app.store.db.team.findFirst({ where: { name } });

  it('adds a team with its leader: the page lists it with a schedule, the audit log has it', async () => {
    const { status, html } = await act('add-team', { name: 'Returns', channel: 'C-returns', leader: 'bob' });
    expect(status).toBe(200);
    expect(html).toContain('Returns');
    expect(html).toMatch(
      /<article class="card admin-team" aria-labelledby="team-\d-name" data-team="C-returns">/,
    );
    expect(html).toMatch(/<th scope="row">bob Member<\/th>\s*<td>Leader of Returns<\/td>/);
    expect(html).toMatch(/<td><code>team.added<\/code><\/td>/);
    const team = await teamNamed('Returns');
    expect(team).toMatchObject({ channelId: 'C-returns', active: true });
  });

  it('gives HR, admin and a team’s leadership, each audited', async () => {
    expect((await act('role', { person: 'cas', role: 'hr', team: 'C-support' })).status).toBe(200);
    expect((await act('role', { person: 'dee', role: 'admin', team: 'C-support' })).status).toBe(200);
    const { html } = await act('role', { person: 'eve', role: 'leader', team: 'C-returns' });
    expect(html).toMatch(/<th scope="row">cas Member<\/th>\s*<td>HR<\/td>/);
    expect(html).toMatch(/<th scope="row">dee Member<\/th>\s*<td>Admin<\/td>/);
    expect(html).toMatch(/<th scope="row">eve Member<\/th>\s*<td>Leader of Returns<\/td>/);
    const audit = await admin.app.store.db.auditLog.findMany({ where: { action: { startsWith: 'role.' } } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['role.admin', 'role.hr', 'role.leader']);
  });

  it('says what is missing and stores nothing', async () => {
    const noChannel = await act('add-team', { name: 'Billing', channel: ' ' });
    expect(noChannel.status).toBe(400);
    expect(noChannel.html).toContain('A team needs a name and a channel id.');
    expect(await teamNamed('Billing')).toBeNull();
    const taken = await act('add-team', { name: 'Billing', channel: 'C-support' });
    expect(taken.status).toBe(400);
    expect(taken.html).toContain('Channel C-support is already the team “Support”.');
    const noRole = await act('role', { person: 'ann', role: 'owner' });
    expect(noRole.status).toBe(400);
    expect(noRole.html).toContain('Pick a person and one of the roles: leader, HR or admin.');
    const ann = await admin.app.store.db.person.findFirstOrThrow({ where: { platformUserId: 'ann' } });
    expect(ann).toMatchObject({ isHr: false, isAdmin: false });
  });

  it('refuses HR, who is no admin, in Dutch, and stores nothing', async () => {
    // The token her own page would carry: the refusal is the use case's, not the form guard's.
    const hannaToken = adminFormGuard(ADMIN_TEST_KEY).tokenFor(admin.org.people.hanna ?? '');
    const { status, html } = await admin.post('add-team', admin.as('hanna'), {
      csrf: hannaToken,
      name: 'Shadow',
      channel: 'C-shadow',
    });
    expect(status).toBe(403);
    expect(html).toContain('lang="nl"');
    expect(await teamNamed('Shadow')).toBeNull();
  });
});
