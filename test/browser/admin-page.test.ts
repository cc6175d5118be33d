import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { peopleOf, startLocalApp, tempDir } from '../support/local-app.ts';
import { hasChromium, launchChromium } from './chromium.ts';

describe.skipIf(!hasChromium)('the admin page in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-admin-browser-'), 'pulse.db')}`);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets an admin viewed as in the playground change a team’s schedule through the form', async () => {
    const hanna = (await peopleOf(app))('hanna');
    const page = await browser.newPage();
    // A step that finds nothing says which one, well before the test's own timeout.
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    // Script errors, blocked resources (the CSP) and failed requests of the pages themselves.
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // A failed resource is counted by the response handler below, which knows the favicon apart.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(response.url());
    });
    await page.goto(`${app.url}/dashboard?as=${hanna.id}`);
    await page.getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { name: 'Beheer', level: 1 }).waitFor();

    const care = page.getByRole('article', { name: 'Customer Care' });
    await care.getByLabel('Hoe vaak').selectOption('biweekly');
    await care.getByLabel('Dag', { exact: true }).selectOption('4');
    await care.getByLabel('Tijd', { exact: true }).fill('14:00');
    await care.getByRole('button', { name: 'Schema opslaan' }).click();

    await page.getByText('Team “Customer Care” krijgt de puls nu').waitFor();
    const saved = page.getByRole('article', { name: 'Customer Care' });
    expect(await saved.getByLabel('Hoe vaak').inputValue()).toBe('biweekly');
    expect(await saved.getByLabel('Tijd', { exact: true }).inputValue()).toBe('14:00');
    expect(await page.getByRole('cell', { name: 'team.schedule-changed' }).first().isVisible()).toBe(true);
    const schedule = await app.store.db.schedule.findFirstOrThrow({
      where: { team: { name: 'Customer Care' } },
    });
    expect(schedule).toMatchObject({ cadence: 'biweekly', weekday: 4, localTime: '14:00' });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
