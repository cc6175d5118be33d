import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../src/compose/platforms.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startApp, type RunningApp } from '../../src/main.ts';
import { hasChromium, launchChromium } from './chromium.ts';
import { freePort } from '../support/free-port.ts';

const RESULTS = 'test-results';

/**
 * The product as `npm start` runs it — real store, real engine, the demo
 * organisation, the local playground and the dashboard — driven in Chromium.
 */
describe.skipIf(!hasChromium)('npm start in the browser', () => {
  let browser: Browser;
  let app: RunningApp;
  let dir: string;
  let people: { id: string; platformUserId: string; teams: { teamId: string }[] }[];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'pulse-e2e-'));
    const config = loadAppConfig(
      {
        PORT: String(await freePort()),
        DATABASE_URL: `file:${join(dir, 'pulse.db')}`,
        LOG_LEVEL: 'silent',
        // The test moves the demo clock itself; the scheduler stays out of the way.
        SCHEDULER_CRON: '0 0 1 1 *',
      },
      join(dir, '.env'),
    );
    app = await startApp(config, createLogger('silent'));
    people = ((await (await fetch(`${app.url}/api/people`)).json()) as { people: typeof people }).people;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const personId = (user: string) => people.find((p) => p.platformUserId === user)?.id ?? '';

  async function viewAs(user: string, path = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/${path}${path.includes('?') ? '&' : '?'}as=${personId(user)}`);
    return page;
  }

  it('an employee gets a pulse, answers it and sees the answer confirmed', async () => {
    const page = await viewAs('noah');
    await page.locator('body[data-live="true"]').waitFor();
    await page.getByRole('button', { name: 'Next send' }).click();
    const item = page.locator('li.item').first();
    await item.waitFor();
    await item.getByRole('button', { name: 'Agree', exact: true }).click();
    await item.getByText('Recorded: Agree').waitFor();
    expect(await item.getByRole('button', { name: 'Agree', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.screenshot({ path: `${RESULTS}/product-employee-answered.png` });
    await page.close();
  });

  it('a leader receives the team report when the round closes', async () => {
    // Sanne leads Customer Care, whose round the employee above answered; she reads Dutch.
    const page = await viewAs('sanne');
    await page.locator('body[data-live="true"]').waitFor();
    await page.getByRole('button', { name: 'Ronde sluiten' }).click();
    await page.locator('.team-report').first().waitFor();
    expect(await page.locator('.team-report').first().textContent()).toContain('Teamrapport: Customer Care');
    await page.screenshot({ path: `${RESULTS}/product-leader-report.png` });

    // The report's own link opens her team's page, as her.
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().includes('/dashboard/teams/')),
      page.locator('.team-report').first().getByRole('link', { name: 'Open het dashboard' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Customer Care');
    await page.close();
  });

  it('HR opens the organisation dashboard and sees the heatmap', async () => {
    const page = await viewAs('hanna', 'dashboard/org');
    const heatmap = page.getByRole('img', { name: 'Teams per bouwsteen' });
    await heatmap.waitFor();
    // Team names head the columns, wrapped onto lines; the chart's description names them whole.
    expect(await heatmap.locator('desc').textContent()).toContain('Customer Care');
    await page.screenshot({ path: `${RESULTS}/product-hr-heatmap.png`, fullPage: true });
    await page.close();
  });

  it('a leader who opens another team’s dashboard gets 403', async () => {
    const other = people.find((p) => p.platformUserId === 'maya')?.teams[0]?.teamId ?? '';
    const page = await browser.newPage();
    const response = await page.goto(`${app.url}/dashboard/teams/${other}?as=${personId('oliver')}`);
    expect(response?.status()).toBe(403);
    await page.screenshot({ path: `${RESULTS}/product-leader-403.png` });
    await page.close();
  });
});
