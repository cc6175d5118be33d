import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { RunningApp } from '../../src/main.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { closeRoundForNudge } from '../support/demo-nudge.ts';
import { peopleOf, startLocalApp, tempDir, type LocalPersonView } from '../support/local-app.ts';
import { hasChromium, launchChromium } from './chromium.ts';

/** A Monday after some weeks of the demo's history: enough answers for the closed round's nudge. */
const NOW = new Date('2026-11-30T08:00:00Z');
const RESULTS = 'test-results';

/**
 * A leader in the playground turns the nudge in the team's channel into an
 * action: "Make this an action" opens the form in the leader's language, it
 * is sent, and the channel shows the action to the team.
 */
describe.skipIf(!hasChromium)('making an action of a nudge in the playground', () => {
  let browser: Browser;
  let app: RunningApp;
  let person: (user: string) => LocalPersonView;

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-action-browser-'), 'pulse.db')}`, NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, 2);
    person = await peopleOf(app);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The leader closes the team's round, opens its channel and fills in the nudge's action form. */
  async function makeAction(
    user: string,
    action: { title: string; owner: string },
    words: { name: string; owner: string; submit: string; made: string },
  ) {
    const leader = person(user);
    const nudge = await closeRoundForNudge(app, leader);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.url}/?as=${leader.id}&c=${encodeURIComponent(nudge.conversationId)}`);
    await page.locator('body[data-live="true"]').waitFor();
    // The channel speaks the organisation's language; the form speaks the leader's.
    await page
      .locator(`#message-${nudge.messageId}`)
      .getByRole('button', { name: 'Make this an action' })
      .click();
    const form = page.locator(`#message-${nudge.messageId} form.action-form`);
    await form.getByLabel(words.name).fill(action.title);
    await form.getByLabel(words.owner).selectOption({ label: action.owner });
    await form.getByRole('button', { name: words.submit }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain(words.made);
    expect(await form.count()).toBe(0);
    const announcement = page.locator('#messages li').filter({ hasText: `“${action.title}”` });
    await expect.poll(() => announcement.textContent()).toContain(`${action.owner} owns it`);
    await page.screenshot({ path: `${RESULTS}/playground-action-${user}.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }

  it('lets a Dutch leader make it, with the form in Dutch', async () => {
    await makeAction(
      'sanne',
      { title: 'Elke week één klantverhaal', owner: 'Daan Jansen' },
      {
        name: 'Wat gaat het team doen?',
        owner: 'Eigenaar',
        submit: 'Aanmaken',
        made: 'Daan Jansen is eigenaar',
      },
    );
  });

  it('lets an English leader make it, with the form in English', async () => {
    await makeAction(
      'maya',
      { title: 'A customer story at every stand-up', owner: 'Ethan Price' },
      { name: 'What will the team do?', owner: 'Owner', submit: 'Create', made: 'Ethan Price owns it' },
    );
  });
});
