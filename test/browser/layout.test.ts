import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { RunningApp } from '../../src/main.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { startLocalApp, tempDir } from '../support/local-app.ts';
import { hasChromium, launchChromium } from './chromium.ts';
import { findLayoutProblems } from './layout-checks.ts';

const RESULTS = 'test-results';
const WIDTHS = [1280, 390] as const;
// Chart text under this many CSS pixels on a phone is too small to read.
const MIN_CHART_TEXT_PX = 10;
/** A Monday some weeks into the demo's history, so every chart has trends and hidden weeks. */
const NOW = new Date('2026-11-30T08:00:00Z');
const WEEKS = 4;

interface DemoPerson {
  readonly id: string;
  readonly platformUserId: string;
  readonly teams: readonly { readonly teamId: string; readonly role: string }[];
}

/**
 * Every page of the product as the demo organisation fills it, on a desktop
 * and a phone, in English and Dutch (the demo's readers have either): nothing
 * makes the page scroll sideways, no text is drawn over other text, chart
 * text stays readable once the chart is scaled to a phone, and every chart
 * has a name and its figures for a screen reader.
 */
describe.skipIf(!hasChromium)('pages on a desktop and a phone', () => {
  let browser: Browser;
  let app: RunningApp;
  let people: DemoPerson[];
  const dir = tempDir('pulse-layout-');

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await startLocalApp(`file:${join(dir, 'pulse.db')}`, NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, WEEKS);
    people = ((await (await fetch(`${app.url}/api/people`)).json()) as { people: DemoPerson[] }).people;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const person = (user: string): DemoPerson => {
    const found = people.find((candidate) => candidate.platformUserId === user);
    if (!found) throw new Error(`the demo has no ${user}`);
    return found;
  };
  const ledTeam = (user: string): string =>
    person(user).teams.find((team) => team.role === 'leader')?.teamId ?? '';

  // Oliver reads English, Sanne and Hanna (HR) Dutch; Noah is a member who reads English.
  const pages = (): { name: string; user: string; path: string }[] => [
    { name: 'playground-en', user: 'noah', path: '/' },
    { name: 'playground-nl', user: 'sanne', path: '/' },
    { name: 'home-leader-en', user: 'oliver', path: '/dashboard' },
    { name: 'home-hr-nl', user: 'hanna', path: '/dashboard' },
    { name: 'team-leader-en', user: 'oliver', path: `/dashboard/teams/${ledTeam('oliver')}` },
    { name: 'team-leader-nl', user: 'sanne', path: `/dashboard/teams/${ledTeam('sanne')}` },
    { name: 'team-hr-nl', user: 'hanna', path: `/dashboard/teams/${ledTeam('oliver')}` },
    { name: 'org-hr-nl', user: 'hanna', path: '/dashboard/org' },
    { name: 'my-data-en', user: 'noah', path: '/my-data' },
    { name: 'my-data-nl', user: 'sanne', path: '/my-data' },
  ];

  it('finds no sideways scrolling, overlapping text, tiny chart text or unlabelled chart', async () => {
    const problems: string[] = [];
    const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(app.url) ? route.continue() : route.abort(),
    );
    // Each page is loaded once and laid out at every width: the layout is the stylesheet's alone.
    for (const { name, user, path } of pages()) {
      const page = await context.newPage();
      const response = await page.goto(`${app.url}${path}?as=${person(user).id}`);
      expect(response?.status(), `${name} opens`).toBe(200);
      // Open every figures table, so the tables are measured too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const found = await findLayoutProblems(page, width === 390 ? MIN_CHART_TEXT_PX : 0);
        const where = `${name} at ${width} px`;
        const before = problems.length;
        if (found.overflow) {
          problems.push(
            `${where}: page is ${found.overflow.scrollWidth} px wide in ${found.overflow.clientWidth}`,
          );
        }
        for (const overlap of found.overlaps) problems.push(`${where}: overlap ${overlap}`);
        for (const tiny of found.tinyText) problems.push(`${where}: tiny ${tiny}`);
        for (const chart of found.unlabelledCharts)
          problems.push(`${where}: no text alternative for ${chart}`);
        // A picture of what was found, for whoever fixes it.
        if (problems.length > before) {
          await page.screenshot({ path: `${RESULTS}/layout-${name}-${width}.png`, fullPage: true });
        }
      }
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
