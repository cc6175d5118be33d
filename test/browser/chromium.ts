import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium; CI installs it (.ci/run). No browser is ever downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! ${CHROMIUM} not found: the BROWSER TESTS ARE SKIPPED.\n!! Install it with: apt-get update && apt-get install -y chromium\n${line}\n`,
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new page at `path` of the bot at `baseUrl`, viewed as `personId` ("view as"), which must answer 200. */
export async function openAs(
  context: BrowserContext,
  baseUrl: string,
  personId: string,
  path: string,
): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const response = await page.goto(`${baseUrl}${path}${path.includes('?') ? '&' : '?'}as=${personId}`);
  expect(response?.status(), `${path} as ${personId}`).toBe(200);
  return page;
}
