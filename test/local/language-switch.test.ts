import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { RunningApp } from '../../src/main.ts';
import { t, type MessageKey } from '../../src/messages/index.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { peopleOf, startLocalApp, type LocalPersonView } from '../support/local-app.ts';

/** Four weeks into the demo's history: every demo team has closed rounds. */
const NOW = new Date('2026-12-14T08:00:00Z');

/** Words a team report addresses to the team's own leader. */
const LEADER_ONLY: readonly MessageKey[] = [
  'report.heading.gaps',
  'report.privacy.team',
  'maturity.reason.gap_unknown',
  'gap.aligned',
  'gap.leader-higher',
  'gap.leader-lower',
];

const decode = (text: string) =>
  text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
const attribute = (page: string, pattern: RegExp): string => decode(pattern.exec(page)?.[1] ?? '');

/** The language switch on a page: where it posts and the page it names to come back to. */
function switchOn(page: string): { action: string; back: string } {
  const form = /<form class="language-switch"[\s\S]*?<\/form>/.exec(page)?.[0] ?? '';
  return {
    action: attribute(form, /action="([^"]*)"/),
    back: attribute(form, /name="back" value="([^"]*)"/),
  };
}

describeEachDatabase('switching language on the dashboard and the playground', (database) => {
  let app: RunningApp;
  let hanna: LocalPersonView;
  let teamId: string;

  beforeAll(async () => {
    app = await startLocalApp(await database.fresh(), NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, 4);
    const people = await peopleOf(app);
    hanna = people('hanna');
    teamId = people('oliver').teams[0]?.teamId ?? '';
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  const get = async (path: string) => (await fetch(`${app.url}${path}`)).text();
  const choose = (action: string, locale: string, back: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url, ...headers },
      body: new URLSearchParams({ locale, back }).toString(),
      redirect: 'manual',
    });
  const csvOf = async (page: string) => {
    const href = attribute(page, /<a href="([^"]*\/csv\?[^"]*)" download/);
    return (await (await fetch(`${app.url}${href}`)).text()).replace(/^\uFEFF/, '');
  };

  it('turns a Dutch HR person’s team page and its CSV into English, keeps the choice, and audits it', async () => {
    const page = await get(`/dashboard/teams/${teamId}?as=${hanna.id}`);
    expect(page).toContain('<html lang="nl">');
    expect((await csvOf(page)).split('\r\n')[0]).toMatch(/^onderdeel,team,sleutel,naam,waarde/);
    const form = switchOn(page);
    expect(form).toEqual({
      action: `/dashboard/language?as=${hanna.id}`,
      back: `/dashboard/teams/${teamId}?as=${hanna.id}`,
    });

    const res = await choose(form.action, 'en', form.back);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(form.back);

    const english = await get(form.back);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain(t('en', 'dashboard.skip-to-content'));
    expect((await csvOf(english)).split('\r\n')[0]).toMatch(/^section,team,key,label,value/);
    const stored = await app.store.db.person.findUniqueOrThrow({ where: { id: hanna.id } });
    expect(stored).toMatchObject({ locale: 'en', localeChosen: true });
    const audit = await app.store.db.auditLog.findMany({ where: { action: 'person.language' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: hanna.id, subject: hanna.id });
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toEqual({ from: 'nl', to: 'en' });
  });

  it('switches the playground back to Dutch for the person it views as', async () => {
    const page = await get(`/?as=${hanna.id}`);
    expect(page).toContain('<html lang="en">');
    const form = switchOn(page);
    expect(form).toEqual({ action: `/language?as=${hanna.id}`, back: `/?as=${hanna.id}` });
    const res = await choose(form.action, 'nl', form.back);
    expect(res.status).toBe(303);
    const dutch = await get(res.headers.get('location') ?? '');
    expect(dutch).toContain('<html lang="nl">');
    expect(dutch).toContain(`>${t('nl', 'language.switch')}</label>`);
    const dashboard = await get(`/dashboard/teams/${teamId}?as=${hanna.id}`);
    expect((await csvOf(dashboard)).split('\r\n')[0]).toMatch(/^onderdeel,/);
    expect(await app.store.db.auditLog.count({ where: { action: 'person.language' } })).toBe(2);
  });

  it('shows HR a team without the leader’s own ratings or words meant for the leader, in both languages', async () => {
    for (const locale of ['nl', 'en'] as const) {
      await app.store.db.person.update({ where: { id: hanna.id }, data: { locale } });
      const page = await get(`/dashboard/teams/${teamId}?as=${hanna.id}`);
      expect(page).toContain(`<html lang="${locale}">`);
      for (const key of LEADER_ONLY) expect(page).not.toContain(t(locale, key, { k: TEST_SETTINGS.k }));
      expect(page).toContain(t(locale, 'report.privacy.team.reader', { k: TEST_SETTINGS.k }));
    }
  });

  it('refuses a form posted from another site and never sends anyone elsewhere', async () => {
    const before = await app.store.db.person.findUniqueOrThrow({ where: { id: hanna.id } });
    const action = `/dashboard/language?as=${hanna.id}`;
    const other = before.locale === 'nl' ? 'en' : 'nl';
    const forged = await choose(action, other, '/dashboard', { 'Sec-Fetch-Site': 'cross-site' });
    expect(forged.status).toBe(403);
    const elsewhere = await choose(action, before.locale, '//evil.example/dashboard');
    expect(elsewhere.headers.get('location')).toBe(`/dashboard?as=${hanna.id}`);
    expect(await app.store.db.person.findUniqueOrThrow({ where: { id: hanna.id } })).toMatchObject({
      locale: before.locale,
    });
    expect((await choose(action, 'fr', '/dashboard')).status).toBe(400);
    expect((await choose('/dashboard/language', 'en', '/dashboard')).status).toBe(401);
  });

  it('keeps that a language was chosen, but not by whom, once the person is erased', async () => {
    const res = await fetch(`${app.url}/api/erase`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ as: hanna.id, subject: hanna.id }),
    });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    const audit = await app.store.db.auditLog.findMany({ where: { action: 'person.language' } });
    // Her two switches and the choice she made on the way back from a refused address.
    expect(audit).toHaveLength(3);
    for (const entry of audit) {
      expect(entry.actorId).toBeNull();
      expect(entry.subject).toBeNull();
    }
  });
});
