import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { RunningApp } from '../../src/main.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { peopleOf, startLocalApp, tempDir, type LocalPersonView } from '../support/local-app.ts';
import { hasChromium, launchChromium, openAs } from './chromium.ts';

/** A Monday after some weeks of demo history: the team's element scores are the demo's, around 3.5. */
const NOW = new Date('2026-11-30T08:00:00Z');
const HISTORY_WEEKS = 6;
const TITLE = 'Ten minutes on one customer story every Tuesday';
/** Field Service's leader and the members who answer each week. */
const LEADER = 'oliver';
const MEMBERS = ['amelia', 'harry', 'isla', 'jack', 'ava', 'leo', 'freya'] as const;

/** A before or after cell as the page shows it: the score, and the n it rests on. */
interface ShownFigure {
  readonly score: number;
  readonly n: number;
  readonly text: string;
}

/**
 * In the playground, Field Service's leader makes an
 * action of the team's weakest element on the dashboard; for four weeks the
 * team answers every pulse in the chat with "strongly agree" and the leader
 * closes each round; the clock then passes the four weeks the effect waits
 * for. The team page, for the leader, and the organisation page, for HR
 * (in Dutch), show the element's score before and after, each with its n,
 * and the after is the higher one: it comes from the answers given.
 */
describe.skipIf(!hasChromium)('an action’s effect on the dashboard after four weeks', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let person: (user: string) => LocalPersonView;

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-action-effect-'), 'pulse.db')}`, NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, HISTORY_WEEKS);
    person = await peopleOf(app);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(app.url) ? route.continue() : route.abort(),
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = (user: string, path: string): Promise<Page> => openAs(context, app.url, person(user).id, path);

  /** A press on the playground's demo clock, as the page's button sends it. */
  const pressClock = async (user: string, step: 'next-send' | 'close-round' | 'advance-week') => {
    const response = await context.request.post(`${app.url}/api/clock/${step}`, {
      data: { as: person(user).id },
    });
    expect(response.status(), `${step} as ${user}`).toBe(200);
    return ((await response.json()) as { outcome: string }).outcome;
  };

  /** A member opens the chat and answers every statement on their open card with "strongly agree" (9 for eNPS). */
  const answerAll = async (user: string) => {
    const page = await open(user, '/');
    await page.locator('body[data-live="true"]').waitFor();
    const card = page.locator('.message', { has: page.locator('.comment-form') }).last();
    const items = card.locator('li.item');
    await items.first().waitFor();
    for (let i = 0; i < (await items.count()); i += 1) {
      const item = items.nth(i);
      const nps = (await item.locator('.scale-nps11').count()) > 0;
      await item.locator(`button[data-value="${nps ? 9 : 5}"]`).click();
      await card.locator('li.item').nth(i).locator('.recorded').waitFor();
    }
    await page.close();
  };

  /** The cell under a column heading in the action's row. */
  const cellUnder = async (section: Locator, heading: string): Promise<ShownFigure> => {
    const headings = await section.locator('thead th').allTextContents();
    const column = headings.findIndex((text) => text.trim() === heading);
    expect(column, `a "${heading}" column in ${headings.join(' | ')}`).toBeGreaterThan(0);
    const row = section.getByRole('row', { name: new RegExp(TITLE) });
    const cell = row.locator('th, td').nth(column);
    const text = ((await cell.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const score = Number(((await cell.locator('strong').textContent()) ?? '').replace(',', '.'));
    const n = Number(/n = (\d+)/.exec(text)?.[1]);
    return { score, n, text };
  };

  it('a leader makes an action of the weakest element; it starts with its score before and "too early"', async () => {
    const page = await open(LEADER, `/dashboard/teams/${person(LEADER).teams[0]?.teamId ?? ''}`);
    const weakest = page.getByRole('region', { name: 'Weakest elements now' }).getByRole('listitem').first();
    await weakest.locator('summary').click();
    await weakest.getByLabel('What will the team do?').fill(TITLE);
    await weakest.getByLabel('Owner').selectOption({ label: 'Amelia Hughes' });
    await weakest.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`Action “${TITLE}” for Field Service`).waitFor();
    const actions = page.getByRole('region', { name: 'Actions', exact: true });
    const before = await cellUnder(actions, 'Before');
    expect(before.score).toBeGreaterThan(0);
    expect(before.n).toBeGreaterThan(0);
    expect(await actions.getByRole('row', { name: new RegExp(TITLE) }).textContent()).toContain(
      'Too early to tell',
    );
    await page.close();
  }, 120_000);

  it('the team answers four weekly pulses in the chat and the leader closes each round', async () => {
    for (let week = 1; week <= 4; week += 1) {
      expect(await pressClock(MEMBERS[0], 'next-send')).toBe('pulse-arrived');
      for (const member of MEMBERS) await answerAll(member);
      expect(await pressClock(LEADER, 'close-round')).toBe('round-closed');
    }
    // Past the four weeks the effect waits for.
    expect(await pressClock(LEADER, 'advance-week')).toBe('week-advanced');
  }, 600_000);

  it('shows the leader the score before and after, each with its n, the after higher', async () => {
    const page = await open(LEADER, `/dashboard/teams/${person(LEADER).teams[0]?.teamId ?? ''}`);
    const actions = page.getByRole('region', { name: 'Actions', exact: true });
    const before = await cellUnder(actions, 'Before');
    const after = await cellUnder(actions, 'After');
    expect(before.n, before.text).toBeGreaterThan(0);
    expect(after.n, after.text).toBeGreaterThan(before.n);
    expect(after.score, `${before.text} → ${after.text}`).toBeGreaterThan(before.score);
    // Four weeks on, the effect is judged (whether the rise is beyond noise depends on how many answered).
    const row = (await actions.getByRole('row', { name: new RegExp(TITLE) }).textContent()) ?? '';
    expect(row).not.toContain('Too early to tell');
    await page.close();
  }, 120_000);

  it('shows HR, in Dutch, the same before and after among the organisation’s actions', async () => {
    const leaders = await open(LEADER, `/dashboard/teams/${person(LEADER).teams[0]?.teamId ?? ''}`);
    const mine = leaders.getByRole('region', { name: 'Actions', exact: true });
    const shown = { before: await cellUnder(mine, 'Before'), after: await cellUnder(mine, 'After') };
    await leaders.close();

    const page = await open('hanna', '/dashboard/org');
    const actions = page.getByRole('region', { name: 'Acties in de hele organisatie' });
    expect(await actions.getByRole('row', { name: new RegExp(TITLE) }).textContent()).toContain(
      'Field Service',
    );
    const before = await cellUnder(actions, 'Voor');
    const after = await cellUnder(actions, 'Na');
    expect(before).toMatchObject({ score: shown.before.score, n: shown.before.n });
    expect(after).toMatchObject({ score: shown.after.score, n: shown.after.n });
    expect(after.score).toBeGreaterThan(before.score);
    await page.close();
  }, 120_000);
});
