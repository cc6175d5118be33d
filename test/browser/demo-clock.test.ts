import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { peopleOf, startLocalApp, tempDir, type LocalPersonView } from '../support/local-app.ts';
import { hasChromium, launchChromium } from './chromium.ts';

const RESULTS = 'test-results';

/**
 * The demo clock as a person meets it: the real bot on SQLite with the demo
 * organisation, its clock standing on a Monday morning, pressed in Chromium.
 */
describe.skipIf(!hasChromium)('the demo clock in the browser', () => {
  let browser: Browser;
  let app: RunningApp;
  let person: (user: string) => LocalPersonView;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await startLocalApp(`file:${join(tempDir('pulse-demo-clock-'), 'pulse.db')}`);
    person = await peopleOf(app);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function viewAs(user: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/?as=${person(user).id}`);
    await page.locator('body[data-live="true"]').waitFor();
    return page;
  }

  it('shows the demo time and brings the viewer their pulse on the first "Next send"', async () => {
    const page = await viewAs('maya');
    await expect.poll(() => page.locator('#demo-time').textContent()).toBe('Mon, Mar 2, 2026, 03:00 AM EST');

    await page.getByRole('button', { name: 'Next send' }).click();
    const card = page.locator('li.item').first();
    await card.waitFor();
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('A pulse arrived in your direct messages.');
    // Her pulse comes at ten in her own morning, and the clock says so.
    expect(await page.locator('#demo-time').textContent()).toBe('Tue, Mar 3, 2026, 10:00 AM EST');
    await card.getByRole('button', { name: 'Agree', exact: true }).click();
    await card.getByText('Recorded: Agree').waitFor();
    await page.screenshot({ path: `${RESULTS}/demo-clock-first-send.png` });
    await page.close();
  });

  it('tells HR, in Dutch, that no pulse comes to someone in no team and what "Close round" does', async () => {
    const page = await viewAs('hanna');
    expect(await page.locator('#demo-time').textContent()).toBe('di 3 mrt 2026, 16:00 CET');
    await expect
      .poll(() => page.locator('.clock-hint').textContent())
      .toContain('“Ronde sluiten” sluit de ronde die het eerst afloopt.');
    await page.getByRole('button', { name: 'Volgende verzending' }).click();
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(
        'Je zit in geen team, dus er komt geen puls naar jou. Bekijk als een teamlid om er een te krijgen.',
      );
    expect(await page.locator('li.item').count()).toBe(0);
    await page.close();
  });

  it('closes the viewer’s own team’s round: the leader gets that team’s report', async () => {
    // Digital Sales' round opened last, so it is not the first due to close.
    const page = await viewAs('maya');
    await page.getByRole('button', { name: 'Close round' }).click();
    await page.locator('.team-report').first().waitFor();
    expect(await page.locator('.team-report').first().textContent()).toContain('Team report: Digital Sales');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('The round of Digital Sales has closed; the leader gets the report, the channel a nudge.');
    await page.screenshot({ path: `${RESULTS}/demo-clock-close-round.png` });
    await page.close();
  });
});
