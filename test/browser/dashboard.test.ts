import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalChatPlatform, localRoutes } from '../../adapters/local/index.ts';
import { directory, FakeServices } from '../local/fakes.ts';
import { hasChromium, launchChromium } from './chromium.ts';
import { serveOnLoopback, type TestServer } from './serve.ts';

const RESULTS = 'test-results';

describe.skipIf(!hasChromium)('the dashboard in Chromium', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    const platform = new LocalChatPlatform({ directory });
    server = await serveOnLoopback(localRoutes({ platform, services: new FakeServices(), directory }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; status: number | undefined; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    const response = await page.goto(`${server.url}${path}`);
    return { page, status: response?.status(), errors };
  }

  it('lets HR open the organisation and see the heatmap', async () => {
    const { page, status, errors } = await open('/dashboard?as=p-dana');
    expect(status).toBe(200);
    await page.getByRole('link', { name: 'Organisation' }).first().click();
    await page.getByRole('heading', { name: 'Teams by element' }).waitFor();
    const heatmap = page.getByRole('img', { name: 'Teams by element' });
    expect(await heatmap.isVisible()).toBe(true);
    expect(await heatmap.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Sales', 'n<k']));
    await page.getByText('Toon de cijfers').or(page.getByText('Show the figures')).first().click();
    await page.screenshot({ path: `${RESULTS}/dashboard-hr.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers a leader who opens another team’s URL with 403', async () => {
    const { page, status } = await open('/dashboard/teams/t-sales?as=p-bram');
    expect(status).toBe(403);
    await page.getByRole('heading', { name: 'Geen toegang' }).waitFor();
    expect(await page.getByText('Sales', { exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Terug naar het dashboard' }).click();
    await page.getByRole('link', { name: 'Support' }).first().waitFor();
    await page.goto(`${server.url}/dashboard/teams/t-sales?as=p-bram`);
    await page.screenshot({ path: `${RESULTS}/dashboard-leader-403.png`, fullPage: true });
    await page.close();
  });
});
