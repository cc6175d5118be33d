import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminFormGuard } from '../../adapters/local/dashboard/admin-form-token.ts';
import { createLinkSigner } from '../../src/app/dashboard-links.ts';
import { t } from '../../src/messages/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import {
  ADMIN_TEST_KEY,
  formTokenOf,
  startAdminPageApp,
  type AdminPageApp,
} from '../support/admin-page-app.ts';

/**
 * What the admin page refuses, on both databases: anyone who is not an
 * admin (403, in their language), a form without the viewer's token or from
 * another site, and a link that has run out; none of them changes anything
 * or ends in a 500. And the audit log, latest first, a page at a time.
 */
describeEachDatabase('the admin page’s refusals', (database) => {
  let admin: AdminPageApp;
  let token: string;
  const guard = adminFormGuard(ADMIN_TEST_KEY);

  beforeAll(async () => {
    admin = await startAdminPageApp(database);
    token = formTokenOf((await admin.page('/dashboard/admin', 'ada')).html);
  });
  afterAll(async () => admin?.stop());

  const id = (user: string) => admin.org.people[user] ?? '';
  /** What a refused request must leave as it was: the team's state and the audit log. */
  const state = async () => ({
    team: await admin.app.store.db.team.findFirstOrThrow({
      where: { name: 'Support' },
      select: { paused: true, schedule: { select: { cadence: true, weekday: true, localTime: true } } },
    }),
    audit: await admin.app.store.db.auditLog.count({ where: { action: { not: 'admin.denied' } } }),
  });

  it('answers a leader 403 in their own language, and lets their form change nothing', async () => {
    const page = await admin.page('/dashboard/admin', 'lea');
    expect(page.status).toBe(403);
    expect(page.html).toContain('<h1>Geen toegang</h1>');
    expect(page.html).toContain(t('nl', 'admin.only'));
    expect(page.html).not.toContain('name="csrf"');
    const before = await state();
    const posted = await admin.post('pause', admin.as('lea'), {
      csrf: guard.tokenFor(id('lea')),
      team: 'C-support',
    });
    expect(posted.status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it('refuses a form with a forged, missing or someone else’s token, or from another site, changing nothing', async () => {
    const before = await state();
    const attempts: [Record<string, string>, Record<string, string>][] = [
      [{ csrf: 'forged', team: 'C-support' }, { origin: admin.app.url }],
      [{ team: 'C-support' }, { origin: admin.app.url }],
      [{ csrf: guard.tokenFor(id('hanna')), team: 'C-support' }, { origin: admin.app.url }],
      [{ csrf: token, team: 'C-support' }, { origin: 'https://evil.example' }],
      [{ csrf: token, team: 'C-support' }, { origin: 'null' }],
    ];
    for (const [fields, headers] of attempts) {
      const { status, html } = await admin.post('pause', admin.as('ada'), fields, headers);
      expect({ fields, headers, status }).toEqual({ fields, headers, status: 403 });
      expect(html).toContain('This form could not be checked, so nothing was changed.');
      expect(html).toContain('<strong>Running</strong>');
    }
    expect(await state()).toEqual(before);
  });

  it('opens from a signed link, and refuses a form posted from one that has run out, politely', async () => {
    const signer = createLinkSigner(ADMIN_TEST_KEY);
    const now = admin.clock.now();
    const fresh = `?t=${encodeURIComponent(signer.sign(id('ada'), now))}`;
    expect((await fetch(`${admin.app.url}/dashboard/admin${fresh}`)).status).toBe(200);
    const stale = `?t=${encodeURIComponent(signer.sign(id('ada'), new Date(now.getTime() - 8 * 86_400_000)))}`;
    const before = await state();
    const { status, html } = await admin.post('pause', stale, { csrf: token, team: 'C-support' });
    expect(status).toBe(401);
    expect(html).toContain('This link has expired');
    expect(html).not.toContain('name="csrf"');
    expect(await state()).toEqual(before);
  });

  it('shows the audit log latest first, a page at a time', async () => {
    const { db } = admin.app.store;
    const start = Date.parse('2026-11-01T00:00:00Z');
    await db.auditLog.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({
        organizationId: admin.org.organizationId,
        actorId: id('ada'),
        action: `test.entry-${String(index).padStart(2, '0')}`,
        at: new Date(start + index * 60_000),
      })),
    });
    const first = (await admin.page('/dashboard/admin', 'ada')).html;
    const actions = (html: string) => [...html.matchAll(/<code>(test\.entry-\d+)<\/code>/g)].map((m) => m[1]);
    expect(actions(first).slice(0, 3)).toEqual(['test.entry-29', 'test.entry-28', 'test.entry-27']);
    expect(first).toContain(`href="/dashboard/admin${admin.as('ada')}&amp;page=2">Older entries</a>`);
    expect(first).not.toContain('Newer entries');
    const second = await (await fetch(`${admin.app.url}/dashboard/admin${admin.as('ada')}&page=2`)).text();
    const all = [...actions(first), ...actions(second)];
    expect(all).toEqual(
      Array.from({ length: 30 }, (_, index) => `test.entry-${String(29 - index).padStart(2, '0')}`),
    );
    expect(second).toContain('Newer entries');
  });
});
