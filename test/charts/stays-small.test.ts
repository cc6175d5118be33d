import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./support/draw-and-list-chart-modules.ts', import.meta.url));

describe('drawing charts', () => {
  it('leaves vega, vega-lite, opentype.js and resvg out of the bot’s own process', async () => {
    // A process of its own: the test runner's module graph is not the bot's.
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT]);
    const drawn = JSON.parse(stdout) as { pngBytes: number; pageHasChart: boolean; loaded: string[] };
    expect(drawn.pngBytes).toBeGreaterThan(1000);
    expect(drawn.pageHasChart).toBe(true);
    expect(drawn.loaded).toEqual([]);
  });
});
