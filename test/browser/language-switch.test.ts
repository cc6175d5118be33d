import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { RunningApp } from '../../src/main.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { peopleOf, startLocalApp, tempDir } from '../support/local-app.ts';
import { hasChromium, launchChromium } from './chromium.ts';

/** Four weeks into the demo's history: every demo team has closed rounds. */
const NOW = new Date('2026-12-14T08:00:00Z');

describe.skipIf(!hasChromium)('the language switch in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-language-browser-'), 'pulse.db')}`, NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, 4);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets a Dutch HR person read the playground in English, then a team and its CSV in Dutch again', async () => {
    const people = await peopleOf(app);
    const hanna = people('hanna');
    const teamId = people('oliver').teams[0]?.teamId ?? '';
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failed.push(response.url());
    });

    await page.goto(`${app.url}/?as=${hanna.id}`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'Wijzigen' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(new URL(page.url()).search).toBe(`?as=${hanna.id}`);

    await page.goto(`${app.url}/dashboard/teams/${teamId}?as=${hanna.id}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('button', { name: 'Change' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    expect(new URL(page.url()).pathname).toBe(`/dashboard/teams/${teamId}`);
    await page.getByRole('link', { name: 'Direct naar de inhoud' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

    const href = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
    const csv = await (await page.request.get(`${app.url}${href}`)).text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^onderdeel,team,sleutel,naam/);

    const stored = await app.store.db.person.findUniqueOrThrow({ where: { id: hanna.id } });
    expect(stored).toMatchObject({ locale: 'nl', localeChosen: true });
    expect(await app.store.db.auditLog.count({ where: { action: 'person.language' } })).toBe(2);
    expect(failed).toEqual([]);
    await page.close();
  });
});
