import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { peopleOf, startLocalApp, tempDir } from '../support/local-app.ts';
import { hasChromium, launchChromium } from './chromium.ts';

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
