import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { formTokenOf } from '../support/admin-page-app.ts';
import { peopleOf, startLocalApp, tempDir, type LocalPersonView } from '../support/local-app.ts';

/**
 * A leader makes an action on their team's dashboard page and marks it done,
 * through the real HTTP server of the playground (the demo organisation, on
 * the Monday before its first rounds). Someone who does not lead the team is
 * refused, and a form with a wrong field saves nothing and says why.
 */
describe('actions on the team page of the dashboard', () => {
  let app: RunningApp;
  let person: (user: string) => LocalPersonView;
  let fieldService: string;

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-dashboard-actions-'), 'pulse.db')}`);
    person = await peopleOf(app);
    fieldService = person('oliver').teams[0]?.teamId ?? '';
  });
  afterAll(async () => app?.stop());

  const as = (user: string) => `?as=${person(user).id}`;
  const teamPage = async (user: string, teamId = fieldService) => {
    const response = await fetch(`${app.url}/dashboard/teams/${teamId}${as(user)}`);
    return { status: response.status, html: await response.text() };
  };
  const post = async (user: string, step: string, fields: Record<string, string>, teamId = fieldService) => {
    const response = await fetch(`${app.url}/dashboard/teams/${teamId}/actions/${step}${as(user)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: response.status, html: await response.text() };
  };
  const actions = () => app.store.db.action.findMany({ where: { teamId: fieldService } });
  /** The element the form has chosen: the first one before any results. */
  const chosenElement = (html: string) =>
    /<select id="new-action-target" name="target">\s*<option value="([^"]+)" selected>/.exec(html)?.[1] ??
    /<select id="new-action-target" name="target">\s*<option value="([^"]+)"/.exec(html)?.[1] ??
    '';

  it('offers the leader a form with the team’s members as owners and a due date two weeks on', async () => {
    const { status, html } = await teamPage('oliver');
    expect(status).toBe(200);
    expect(html).toContain('<h3 id="new-action-heading">New action</h3>');
    expect(html).toContain(`<option value="${person('amelia').id}">Amelia Hughes</option>`);
    // Only this team's people can own its action.
    expect(html).not.toContain('Noah Visser</option>');
    expect(html).toContain('name="dueOn" type="date" value="2026-03-16"');
    expect(chosenElement(html)).not.toBe('');
  });

  it('makes the action: the page says so, lists it, and the audit log has it', async () => {
    const page = await teamPage('oliver');
    const { status, html } = await post('oliver', 'new', {
      csrf: formTokenOf(page.html),
      title: 'Hand over open calls at shift change',
      target: chosenElement(page.html),
      owner: person('amelia').id,
      dueOn: '2026-03-20',
    });
    expect(status).toBe(200);
    expect(html).toContain(
      'Action “Hand over open calls at shift change” for Field Service: Amelia Hughes owns it, due',
    );
    expect(html).toContain('<th scope="row">Hand over open calls at shift change</th>');
    const saved = await actions();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ ownerId: person('amelia').id, dueOn: '2026-03-20', status: 'open' });
    const audit = await app.store.db.auditLog.findMany({ where: { action: 'action.created' } });
    expect(audit.map((entry) => entry.actorId)).toEqual([person('oliver').id]);
  });

  it('marks the action done from its row', async () => {
    const [action] = await actions();
    const page = await teamPage('oliver');
    expect(page.html).toContain(`/actions/${action?.id}/done`);
    const { status, html } = await post('oliver', `${action?.id}/done`, { csrf: formTokenOf(page.html) });
    expect(status).toBe(200);
    expect(html).toContain('Action “Hand over open calls at shift change” is marked done.');
    expect(html).toContain('class="status-done"');
    expect((await actions())[0]?.status).toBe('done');
  });

  it('refuses a member of another team, even with their own form token, and saves nothing', async () => {
    const own = await teamPage('sanne', person('sanne').teams[0]?.teamId);
    const token = formTokenOf(own.html);
    expect((await teamPage('noah')).status).toBe(403);
    const before = (await actions()).length;
    const made = await post('noah', 'new', {
      csrf: token,
      title: 'Not my team',
      target: chosenElement(own.html),
      owner: person('amelia').id,
      dueOn: '2026-03-20',
    });
    expect(made.status).toBe(403);
    // Sanne leads another team: her token is hers, but Field Service is not.
    const bySanne = await post('sanne', 'new', {
      csrf: token,
      title: 'Not my team',
      target: chosenElement(own.html),
      owner: person('amelia').id,
      dueOn: '2026-03-20',
    });
    expect(bySanne.status).toBe(403);
    expect(bySanne.html).toContain('lang="nl"');
    expect(await actions()).toHaveLength(before);
  });

  it('tells the leader what is wrong with the form and saves nothing', async () => {
    const page = await teamPage('oliver');
    const valid = {
      csrf: formTokenOf(page.html),
      title: 'Shorter stand-ups',
      target: chosenElement(page.html),
      owner: person('amelia').id,
      dueOn: '2026-03-20',
    };
    const before = (await actions()).length;
    const wrong: [Record<string, string>, string][] = [
      [{ dueOn: '2026-02-01' }, 'The due date 2026-02-01 has passed; pick today or a later day.'],
      [{ dueOn: 'next week' }, 'A due date is written as YYYY-MM-DD (got “next week”).'],
      [{ owner: person('noah').id }, 'The owner has to be a member of the team.'],
      [{ title: '  ' }, 'Give the action a short title.'],
      [{ target: 'no-such-element' }, 'There is no element called “no-such-element”.'],
    ];
    for (const [change, told] of wrong) {
      const { status, html } = await post('oliver', 'new', { ...valid, ...change });
      expect(status, told).toBe(400);
      expect(html).toContain(told);
    }
    const refused = await post('oliver', 'new', { ...valid, csrf: 'forged' });
    expect(refused.status).toBe(403);
    expect(await actions()).toHaveLength(before);
  });

  it('speaks Dutch to a Dutch leader, refusals included', async () => {
    const teamId = person('sanne').teams[0]?.teamId;
    const { html } = await teamPage('sanne', teamId);
    expect(html).toContain('<h3 id="new-action-heading">Nieuwe actie</h3>');
    expect(html).toContain('Wat gaat het team doen?');
    expect(html).toContain('>Aanmaken</button>');
    const late = await post(
      'sanne',
      'new',
      {
        csrf: formTokenOf(html),
        title: 'Kortere stand-ups',
        target: chosenElement(html),
        owner: person('sanne').id,
        dueOn: '2026-02-01',
      },
      teamId,
    );
    expect(late.status).toBe(400);
    expect(late.html).toContain('De einddatum 2026-02-01 is al voorbij; kies vandaag of een latere dag.');
  });
});
