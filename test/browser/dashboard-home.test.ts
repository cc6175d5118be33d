import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { RunningApp } from '../../src/main.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { peopleOf, startLocalApp, tempDir } from '../support/local-app.ts';
import { hasChromium, launchChromium } from './chromium.ts';

const RESULTS = 'test-results';
/** Twelve weeks into the demo's history: a Monday. */
const NOW = new Date('2026-11-30T08:00:00Z');

/**
 * The dashboard's home as `npm start` serves it after twelve weeks of demo
 * history, reached the way a person reaches it: the playground's own
 * "open the dashboard" link, as a leader and as HR.
 */
describe.skipIf(!hasChromium)('the dashboard home in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;
  let personId: (user: string) => string;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await startLocalApp(`file:${join(tempDir('pulse-home-'), 'pulse.db')}`, NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, 12);
    const people = await peopleOf(app);
    personId = (user) => people(user).id;
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The playground as `user`, then its link to the dashboard. */
  async function homeVia(user: string, linkName: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route('**/*', (route) =>
      route.request().url().startsWith(app.url) ? route.continue() : route.abort(),
    );
    await page.goto(`${app.url}/?as=${personId(user)}`);
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => new URL(candidate.url()).pathname === '/dashboard'),
      page.getByRole('link', { name: linkName }).click(),
    ]);
    expect(response.status()).toBe(200);
    return { page, errors };
  }

  it('answers an English leader “how are we doing?” for their team, every figure with its n', async () => {
    const { page, errors } = await homeVia('oliver', 'Open the dashboard');
    await page.getByRole('heading', { level: 1, name: 'How are we doing?' }).waitFor();
    const team = page.locator('section.home-team', {
      has: page.getByRole('heading', { name: 'Field Service' }),
    });
    await team.waitFor();
    await team.getByRole('heading', { name: 'Employee engagement' }).waitFor();
    await team.getByRole('heading', { name: 'eNPS' }).waitFor();
    expect(await team.locator('.score-window').textContent()).toMatch(/12 weeks/);
    expect(await team.getByRole('heading', { name: 'Participation' }).count()).toBe(1);
    expect(await team.locator('.home-figure .headline').first().textContent()).toMatch(
      /n = \d+|hidden|fewer/i,
    );
    expect(await team.getByRole('heading', { name: 'Biggest movers' }).count()).toBe(1);
    // Only the viewer's own team, and no organisation for a leader.
    expect(await page.locator('section.home-organisation').count()).toBe(0);
    expect(await page.locator('section.home-team').count()).toBe(1);
    await page.screenshot({ path: `${RESULTS}/dashboard-home-leader.png`, fullPage: true });
    await team.getByRole('link', { name: 'Open the report of Field Service' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Field Service');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers Dutch HR for the organisation, with engagement per team as the organisation report shows it', async () => {
    const { page, errors } = await homeVia('hanna', 'Open het dashboard');
    await page.getByRole('heading', { level: 1, name: 'Hoe staan we ervoor?' }).waitFor();
    const org = page.locator('section.home-organisation');
    await org.getByRole('heading', { name: 'De organisatie' }).waitFor();
    await org.getByRole('heading', { name: 'Betrokkenheid per team' }).waitFor();
    const table = org.locator('table', {
      has: page.locator('caption', { hasText: 'Betrokkenheid per team' }),
    });
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await org.locator('svg').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${RESULTS}/dashboard-home-hr.png`, fullPage: true });
    await org.getByRole('link', { name: 'Open het organisatierapport' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisatie');
    expect(errors).toEqual([]);
    await page.close();
  });
});
