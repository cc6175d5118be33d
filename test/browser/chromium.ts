import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
