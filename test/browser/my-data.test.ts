import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { peopleOf, startLocalApp, tempDir } from '../support/local-app.ts';
import { hasChromium, launchChromium } from './chromium.ts';
import { findLayoutProblems } from './layout-checks.ts';

describe.skipIf(!hasChromium)('my data in the playground, in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-my-data-browser-'), 'pulse.db')}`);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists the actions a person owns and the ones a leader made, each in their own language', async () => {
    const people = await peopleOf(app);
    const sanne = people('sanne');
    const team = sanne.teams[0]?.teamId ?? '';
    // Sanne (Dutch) leads Customer Care: before its first results she can already plan an action for Mila.
    const dashboard = await browser.newPage();
    await dashboard.goto(`${app.url}/dashboard/teams/${team}?as=${sanne.id}`);
    const form = dashboard.locator('form', { has: dashboard.getByLabel('Wat gaat het team doen?') }).last();
    await form.getByLabel('Wat gaat het team doen?').fill('Elke vrijdag één klantgesprek nabespreken');
    await form.getByLabel('Element').selectOption({ label: 'Luisteren naar klanten' });
    await form.getByLabel('Eigenaar').selectOption({ label: 'Mila de Boer' });
    await form.getByLabel('Deadline').fill('2026-03-20');
    await form.getByRole('button', { name: 'Aanmaken' }).click();
    await dashboard.getByText('Actie ‘Elke vrijdag één klantgesprek nabespreken’').first().waitFor();
    await dashboard.close();

    /** The action's row as the person reads it, once the page was found to fit a desktop and a phone. */
    const row = async (user: string, heading: string) => {
      const page = await browser.newPage();
      await page.goto(`${app.url}/my-data?as=${people(user).id}`);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        const found = await findLayoutProblems(page, 0);
        expect({ width, overflow: found.overflow, overlaps: found.overlaps }).toEqual({
          width,
          overflow: undefined,
          overlaps: [],
        });
      }
      const actions = page.getByRole('region', { name: heading });
      const cells = await actions
        .getByRole('row', { name: /Elke vrijdag één klantgesprek nabespreken/ })
        .locator('th, td')
        .allTextContents();
      await page.close();
      return cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
    };
    // Mila owns it and reads it in English; Sanne made it and reads it in Dutch.
    expect(await row('mila', 'Actions')).toEqual([
      'Elke vrijdag één klantgesprek nabespreken',
      'Customer Care',
      'Understanding customers',
      '20 March 2026',
      'Open',
    ]);
    expect(await row('sanne', 'Acties')).toEqual([
      'Elke vrijdag één klantgesprek nabespreken',
      'Customer Care',
      'Luisteren naar klanten',
      '20 maart 2026',
      'Open',
    ]);
  });

  it('lets a person open what is kept about them, download it, and erase it after reading what stays', async () => {
    const mila = (await peopleOf(app))('mila');
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    // Script errors and failed requests of the pages themselves (the browser's own favicon request aside).
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(response.url());
    });
    await page.goto(`${app.url}/?as=${mila.id}`);
    await page.getByRole('link', { name: 'My data' }).click();
    await page.getByRole('heading', { name: 'What is kept about you' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Mila de Boer' }).isVisible()).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('excellence-pulse-my-data.json');

    expect(await page.getByText('What stays').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByRole('status').getByText('Your data has been erased').waitFor();
    expect(await app.store.db.person.count({ where: { id: mila.id } })).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
