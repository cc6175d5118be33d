import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { peopleOf, startLocalApp, tempDir, type LocalPersonView } from '../support/local-app.ts';

/**
 * A person's own data in the playground: the page shows what is kept about
 * them in their language with the JSON to download, and its erase button
 * erases them (and only them) without touching a published figure.
 */
describe('my data in the playground', () => {
  let app: RunningApp;
  let person: (user: string) => LocalPersonView;
  const erase = (as: string, subject: string) =>
    fetch(`${app.url}/api/erase`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ as, subject }),
    });
  const snapshots = () => app.store.db.scoreSnapshot.findMany({ orderBy: { id: 'asc' } });

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-my-data-'), 'pulse.db')}`);
    person = await peopleOf(app);
  });
  afterAll(() => app?.stop());

  it('shows a person what is kept about them, in their language, with the JSON and the erase step', async () => {
    const daan = person('daan');
    const page = await (await fetch(`${app.url}/my-data?as=${daan.id}`)).text();
    expect(page).toContain('Wat er over jou bewaard wordt');
    expect(page).toContain('Daan Jansen');
    expect(page).toContain('Rondes waarin je iets gevraagd is');
    expect(page).toContain(`/dashboard/my-data?as=${daan.id}`);
    expect(page).toContain('Wat er blijft');
    expect(page).toContain(`data-erase="${daan.id}"`);
    const json = await (await fetch(`${app.url}/dashboard/my-data?as=${daan.id}`)).json();
    expect(json).toMatchObject({ person: { displayName: 'Daan Jansen' }, teams: [{ role: 'member' }] });
    expect((await fetch(`${app.url}/?as=${daan.id}`).then((r) => r.text())).includes('Mijn gegevens')).toBe(
      true,
    );
  });

  it('refuses to erase someone else, and erases the person who confirms, leaving every published figure', async () => {
    const [emma, noah] = [person('emma'), person('noah')];
    const refused = await erase(noah.id, emma.id);
    expect(await refused.json()).toEqual({
      ok: false,
      status: 'Only you can erase your own data; an admin can erase someone’s data on their request.',
    });
    expect(await app.store.db.person.count({ where: { id: emma.id } })).toBe(1);

    const before = await snapshots();
    const erased = await erase(emma.id, emma.id);
    expect(erased.status).toBe(200);
    expect(await erased.json()).toEqual({
      ok: true,
      status: expect.stringContaining('Je gegevens zijn gewist'),
    });
    expect(await app.store.db.person.count({ where: { id: emma.id } })).toBe(0);
    expect(await snapshots()).toEqual(before);
    expect((await fetch(`${app.url}/my-data?as=${emma.id}`)).status).toBe(400);
  });

  it('answers a malformed erase with 400, never a 500', async () => {
    for (const body of [
      '{',
      'null',
      '{"as":null,"subject":null}',
      '{"as":"constructor","subject":"__proto__"}',
    ]) {
      const response = await fetch(`${app.url}/api/erase`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status, body).toBe(400);
    }
  });
});
