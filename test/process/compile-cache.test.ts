import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const caches: string[] = [];

function emptyCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-compile-cache-'));
  caches.push(dir);
  return dir;
}

async function loadBotModules(cache: string): Promise<{ stripper: boolean }> {
  const { stdout } = await run(process.execPath, ['test/process/support/load-bot-modules.mjs'], {
    cwd: ROOT,
    env: { ...process.env, NODE_COMPILE_CACHE: cache },
  });
  return JSON.parse(stdout) as { stripper: boolean };
}

afterEach(() => {
  for (const dir of caches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the compile cache filled at install', () => {
  it('lets the bot load its modules without the type stripper, which would stay in its memory', async () => {
    const cache = emptyCache();
    // Without it, every module is stripped as it loads: the control that shows the check can fail.
    expect(await loadBotModules(emptyCache())).toEqual({ stripper: true });

    const { stdout } = await run(process.execPath, ['scripts/warm-compile-cache.ts'], {
      cwd: ROOT,
      env: { ...process.env, NODE_COMPILE_CACHE: cache },
    });
    expect(Number(/(\d+) modules compiled/.exec(stdout)?.[1])).toBeGreaterThan(400);
    expect(await loadBotModules(cache)).toEqual({ stripper: false });
  });
});
