import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalChatPlatform, localRoutes, type DemoClock } from '../../adapters/local/index.ts';
import { directory, FakeServices, nudgePost, pulseCard, teamReport } from '../local/fakes.ts';
import { hasChromium, launchChromium } from './chromium.ts';
import { serveOnLoopback, type TestServer } from './serve.ts';
import { notice } from '../../src/messages/index.ts';

const RESULTS = 'test-results';

describe.skipIf(!hasChromium)('the local playground in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let platform: LocalChatPlatform;
  let services: FakeServices;
  const ann = { organizationId: 'org', platformUserId: 'u-ann' };

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    platform = new LocalChatPlatform({ directory });
    services = new FakeServices();
    const clock: DemoClock = {
      now: () => new Date('2026-03-03T15:00:00Z'),
      nextSend: async () => ({ kind: 'pulse-arrived' }),
      // Closing the round sends the leader their report, as the real use case does.
      closeRound: async () => {
        await platform.sendDirect({ organizationId: 'org', platformUserId: 'u-bram' }, teamReport('nl'));
        return { kind: 'round-closed', teamName: 'Support', yours: true };
      },
      advanceWeek: async () => ({ kind: 'week-advanced' }),
    };
    server = await serveOnLoopback(localRoutes({ platform, services, directory, clock }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the page and waits until its event stream is connected. */
  async function open(
    path: string,
    viewport = { width: 1280, height: 800 },
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Anything not served by the playground itself would be a CDN or font leak.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    await page.goto(`${server.url}${path}`);
    await page.locator('body[data-live="true"]').waitFor();
    return { page, errors };
  }

  it('lets an employee answer a pulse with one tap and shows it confirmed', async () => {
    const ref = await platform.sendDirect(ann, pulseCard());
    const { page, errors } = await open('/?as=p-ann');

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Excellence Pulse');
    const item = page.locator(`#message-${ref.platform.messageId} li.item`).first();
    await item.getByRole('button', { name: 'Agree', exact: true }).click();

    await item.getByText('Recorded: Agree').waitFor();
    expect(await item.getByRole('button', { name: 'Agree', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expect.poll(() => page.locator('#status').textContent()).toBe('Recorded');

    // Keyboard alone: focus the second statement's answer and press Enter; focus stays on it.
    const second = page.locator(`#message-${ref.platform.messageId} li.item`).nth(1);
    await second.getByRole('button', { name: 'Neutral' }).focus();
    await page.keyboard.press('Enter');
    await second.getByText('Recorded: Neutral').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-value'))).toBe('3');

    // The round closes elsewhere: the card updates live over the event stream.
    await platform.update(ref, pulseCard({ state: 'closed', selected: { 's-1': 4, 's-2': 3 } }));
    await page.getByText('This round has closed. Thank you!').waitFor();
    expect(
      await page
        .locator(`#message-${ref.platform.messageId} button[data-action="answer"]:not([disabled])`)
        .count(),
    ).toBe(0);

    // And a new message arrives without a reload.
    await platform.sendDirect(ann, {
      kind: 'notice',
      locale: 'en',
      tone: 'success',
      text: 'Thanks for taking part.',
    });
    await page.getByText('Thanks for taking part.').waitFor();

    await page.screenshot({ path: `${RESULTS}/playground-employee.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an error from the bot in the page', async () => {
    services.closed = true;
    const ref = await platform.sendDirect(ann, pulseCard({ token: 'tok-ann' }));
    const { page } = await open('/?as=p-ann');
    await page
      .locator(`#message-${ref.platform.messageId}`)
      .getByRole('button', { name: 'Disagree', exact: true })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain(notice('round-closed', 'en').text);
    services.closed = false;
    await page.close();
  });

  it('shows a leader their report arriving when the round closes, in Dutch', async () => {
    await platform.post({ organizationId: 'org', channelId: 'c-support' }, nudgePost());
    const { page, errors } = await open('/?as=p-bram');

    await expect.poll(() => page.locator('label[for="view-as"]').textContent()).toBe('Bekijk als');
    expect(await page.locator('.team-report').count()).toBe(0);
    await page.getByRole('button', { name: 'Ronde sluiten' }).click();
    await page.locator('.team-report svg').first().waitFor();
    // Each chart is drawn wide and narrow; the page shows the one that fits.
    expect(await page.locator('.team-report svg').filter({ visible: true }).count()).toBe(4);
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('De ronde van Support is gesloten; de leidinggevende krijgt het rapport, het kanaal een nudge.');
    await page.screenshot({ path: `${RESULTS}/playground-leader-report.png`, fullPage: true });

    await page.getByRole('link', { name: /# Support/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('# Support');
    await page.getByRole('button', { name: 'We did this' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'We did this' }).textContent()).toContain('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('collapses the sidebar at phone width behind a labelled toggle', async () => {
    const { page } = await open('/?as=p-ann', { width: 390, height: 844 });
    const sidebar = page.locator('#sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    const toggle = page.getByRole('button', { name: 'Conversations' });
    await toggle.click();
    expect(await sidebar.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await sidebar.isVisible()).toBe(false);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${RESULTS}/playground-phone.png`, fullPage: true });
    await page.close();
  });
});
