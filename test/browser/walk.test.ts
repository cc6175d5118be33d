import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MovableClock } from '../../src/app/clock.ts';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { RunningApp } from '../../src/main.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { peopleOf, startLocalApp, tempDir, type LocalPersonView } from '../support/local-app.ts';
import { hasChromium, launchChromium, openAs } from './chromium.ts';
import { findLayoutProblems } from './layout-checks.ts';

/** A Monday some weeks into the demo's history, so the pages have figures, trends and weak elements. */
const NOW = new Date('2026-11-30T08:00:00Z');
const WEEKS = 4;
const WIDTHS = [1280, 390] as const;
// Set WRITE_SCREENSHOTS=1 to refresh the README's pictures from this walk; otherwise the tree stays clean.
const SCREENSHOTS = process.env.WRITE_SCREENSHOTS === '1' ? 'docs/screenshots' : undefined;
const OTHER = { en: 'nl', nl: 'en' } as const;

/**
 * The walk: a leader goes from the home to their team's page and
 * turns a weak element into an action; in the playground enough members
 * answer and comment for their comments to be released, the leader closes
 * the round, replies beside a comment whose writer allowed replies, and the
 * writer answers through the bot; an admin pauses a team
 * and finds it in the audit log; HR opens the organisation. Every page on the
 * way is laid out in English and Dutch, at 1280 and 390 px, and checked for
 * sideways scrolling and text drawn over text.
 */
describe.skipIf(!hasChromium)('leader, HR and admin walk through the product', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let person: (user: string) => LocalPersonView;
  const problems: string[] = [];

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-walk-'), 'pulse.db')}`, NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, WEEKS);
    person = await peopleOf(app);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
    // Nothing leaves the machine: only the bot's own pages load.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(app.url) ? route.continue() : route.abort(),
    );
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = (user: string, path: string): Promise<Page> => openAs(context, app.url, person(user).id, path);

  /** The viewer's language, as the language switch stores it. */
  const setLanguage = async (page: Page, user: string, locale: 'en' | 'nl') => {
    const response = await page.request.post(`${app.url}/dashboard/language?as=${person(user).id}`, {
      form: { locale, back: '/dashboard' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
  };

  /** Lays the page out at each width and notes what a reader would trip over. */
  const checkLayout = async (page: Page, name: string) => {
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const found = await findLayoutProblems(page, 0);
      const where = `${name} at ${width} px`;
      if (found.overflow) {
        problems.push(
          `${where}: page is ${found.overflow.scrollWidth} px wide in ${found.overflow.clientWidth}`,
        );
      }
      for (const overlap of found.overlaps) problems.push(`${where}: overlap ${overlap}`);
    }
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  };

  /** The page as it is in the viewer's language, then reloaded in the other one and back. */
  const checkInBothLanguages = async (page: Page, user: string, name: string) => {
    const own = (await page.locator('html').getAttribute('lang')) === 'nl' ? 'nl' : 'en';
    await checkLayout(page, `${name} (${own})`);
    await setLanguage(page, user, OTHER[own]);
    await page.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe(OTHER[own]);
    await checkLayout(page, `${name} (${OTHER[own]})`);
    await setLanguage(page, user, own);
    await page.reload();
  };

  const picture = async (page: Page, file: string, width: number = WIDTHS[0]) => {
    if (!SCREENSHOTS) return;
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    await page.screenshot({ path: join(SCREENSHOTS, file) });
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  };

  /** A member's card and comment form as they read them. */
  const CARD_WORDS = {
    en: {
      agree: 'Agree',
      add: 'Add a comment',
      allow: 'Allow replies',
      send: 'Send comment',
      thanks: 'Thanks for your comment',
    },
    nl: {
      agree: 'Eens',
      add: 'Opmerking toevoegen',
      allow: 'Reacties toestaan',
      send: 'Opmerking versturen',
      thanks: 'Bedankt voor je opmerking',
    },
  } as const;

  /** A member agrees with every statement on their card and may leave a comment, allowing replies or not. */
  const answerCard = async (
    page: Page,
    locale: 'en' | 'nl',
    comment?: { readonly text: string; readonly allowReplies: boolean },
  ) => {
    const words = CARD_WORDS[locale];
    const card = page.locator('.message', { has: page.locator('.comment-form') }).first();
    const agree = card.getByRole('button', { name: words.agree, exact: true });
    await agree.first().waitFor();
    const answers = await agree.count();
    for (let i = 0; i < answers; i += 1) await agree.nth(i).click();
    // Each answer redraws the card (closing an open comment form): the comment waits for the last one.
    await card
      .locator('button[aria-pressed="true"]')
      .nth(answers - 1)
      .waitFor();
    if (!comment) return;
    await card.getByText(words.add).first().click();
    await card.getByRole('textbox').fill(comment.text);
    if (comment.allowReplies) await card.getByLabel(words.allow).check();
    await card.getByRole('button', { name: words.send }).click();
    await page.getByText(words.thanks, { exact: false }).first().waitFor();
  };

  it('a leader goes from the home to the team page and makes an action of a weak element', async () => {
    const page = await open('oliver', '/dashboard');
    await checkInBothLanguages(page, 'oliver', 'leader home');
    await picture(page, 'leader-home.png');
    await page.getByRole('navigation').getByRole('link', { name: 'Field Service' }).click();
    await page.getByRole('heading', { name: 'Field Service', level: 1 }).waitFor();
    await checkInBothLanguages(page, 'oliver', 'team page');

    const weakest = page.getByRole('region', { name: 'Weakest elements now' }).getByRole('listitem').first();
    await weakest.locator('summary').click();
    await weakest.getByLabel('What will the team do?').fill('Read one customer complaint aloud every Monday');
    await weakest.getByLabel('Owner').selectOption({ label: 'Amelia Hughes' });
    await weakest.getByRole('button', { name: 'Create' }).click();
    await page
      .getByText('Action “Read one customer complaint aloud every Monday” for Field Service')
      .waitFor();
    const row = page.getByRole('row', { name: /Read one customer complaint aloud every Monday/ });
    expect(await row.getByText('Amelia Hughes').isVisible()).toBe(true);
    await checkInBothLanguages(page, 'oliver', 'team page with its action');
    await picture(page, 'team-action.png');
    await picture(page, 'team-action-390.png', 390);
    await page.close();
  }, 120_000);

  it('members comment, one allows replies; the leader closes the round and talks with the writer', async () => {
    // Noah (English) is in Customer Care, which Sanne (Dutch) leads; his "Next send" opens the team's round.
    const noah = await open('noah', '/');
    await noah.locator('body[data-live="true"]').waitFor();
    await noah.getByRole('button', { name: 'Next send' }).click();
    const noahsComment = 'Our stand-ups run long; can we keep them to ten minutes?';
    const daansComment = 'Meer tijd om klanten echt te helpen.';
    await answerCard(noah, 'en', { text: noahsComment, allowReplies: true });
    await checkInBothLanguages(noah, 'noah', 'writer in the playground');

    // Enough others answer (k) and comment (COMMENT_MIN_COMMENTS) for the comments to reach Sanne.
    const others = [
      {
        user: 'mila',
        locale: 'en',
        comment: { text: 'Customers wait too long for a call back.', allowReplies: true },
      },
      {
        user: 'daan',
        locale: 'nl',
        comment: { text: daansComment, allowReplies: false },
      },
      { user: 'emma', locale: 'nl' },
      { user: 'julia', locale: 'nl' },
    ] as const;
    for (const other of others) {
      const page = await open(other.user, '/');
      await answerCard(page, other.locale, 'comment' in other ? other.comment : undefined);
      await page.close();
    }

    const sanne = await open('sanne', '/');
    await sanne.locator('body[data-live="true"]').waitFor();
    await sanne.getByRole('button', { name: 'Ronde sluiten' }).click();
    const report = sanne.locator('.team-report').first();
    await report.waitFor();
    expect(await report.textContent()).toContain('Teamrapport: Customer Care');
    await checkInBothLanguages(sanne, 'sanne', 'leader in the playground');

    // Sanne replies beside Noah's released comment; the bot passes it on without saying who wrote it.
    // Daan did not allow replies, so his comment has no Reply.
    await sanne.locator('body[data-live="true"]').waitFor();
    const comment = (text: string) =>
      sanne.locator('.team-report').first().getByRole('listitem').filter({ hasText: text });
    await comment(daansComment).waitFor();
    expect(await comment(daansComment).getByText('Reageren', { exact: true }).count()).toBe(0);
    const released = comment(noahsComment);
    await released.getByText('Reageren', { exact: true }).first().click();
    const sanneReply = 'Goed punt. Wat zou helpen om ze korter te maken?';
    await released.getByLabel('Je reactie').fill(sanneReply);
    await released.locator('form').getByRole('button', { name: 'Reageren' }).click();
    await sanne.getByText('Je reactie is doorgestuurd.', { exact: false }).waitFor();

    await noah.locator('body[data-live="true"]').waitFor();
    const relayed = noah.locator('.card.relay', { hasText: sanneReply });
    await relayed.waitFor();
    const relayedText = (await relayed.textContent()) ?? '';
    expect(relayedText).toContain('Your leader replied to your comment');
    expect(relayedText).toContain(noahsComment);
    expect(relayedText).not.toContain('Sanne');
    const noahsAnswer = 'A timer on the screen would keep us honest.';
    await relayed.getByLabel('Your answer').fill(noahsAnswer);
    await relayed.getByRole('button', { name: 'Answer' }).click();
    await noah.getByText('Your answer was passed on to your leader without your name.').waitFor();
    await picture(noah, 'conversation-writer.png');
    await checkInBothLanguages(noah, 'noah', 'writer with a relayed reply');

    const answer = sanne.locator('.card.relay', { hasText: noahsAnswer });
    await answer.waitFor();
    expect(await answer.textContent()).toContain('Een antwoord op je reactie');
    expect(await answer.textContent()).not.toContain('Noah');
    await answer.scrollIntoViewIfNeeded();
    await picture(sanne, 'conversation-leader.png');
    await checkInBothLanguages(sanne, 'sanne', 'leader with the writer’s answer');
    await noah.close();
    await sanne.close();
  }, 240_000);

  it('an admin pauses a team and finds the change in the audit log', async () => {
    const page = await open('hanna', '/dashboard/admin');
    await checkInBothLanguages(page, 'hanna', 'admin page');
    // A minute past the demo clock (the playground's "Next send" moved it on): the audit log puts the newest
    // first, so the change comes above the walk's page views and language switches, which share earlier moments.
    expect(app.clock).toBeInstanceOf(MovableClock);
    if (app.clock instanceof MovableClock) app.clock.advanceTo(new Date(app.clock.now().getTime() + 60_000));
    const team = page.getByRole('article', { name: 'Field Service' });
    await team.getByRole('button', { name: 'Pauzeren' }).click();
    // The page comes back with the team paused (its button now resumes) and the change on top of the audit log.
    await page
      .getByRole('article', { name: 'Field Service' })
      .getByRole('button', { name: 'Hervatten' })
      .waitFor();
    await page.getByRole('cell', { name: 'team.paused' }).first().waitFor();
    await checkInBothLanguages(page, 'hanna', 'admin page after a change');
    await picture(page, 'admin.png');
    await page.close();
  }, 120_000);

  it('HR opens the home with the organisation and the organisation page', async () => {
    const home = await open('hanna', '/dashboard');
    await checkInBothLanguages(home, 'hanna', 'HR home');
    await home.getByRole('navigation').getByRole('link', { name: 'Organisatie' }).click();
    await home.getByRole('heading', { name: 'Organisatie', level: 1 }).waitFor();
    await checkInBothLanguages(home, 'hanna', 'organisation page');
    await home.close();
  }, 120_000);

  it('found no page that scrolls sideways or draws text over text', () => {
    expect(problems).toEqual([]);
  });
});
