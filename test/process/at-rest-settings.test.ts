import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { finished, startCli } from '../support/run-cli.ts';
import { untilReady } from '../support/wait-until.ts';

const cwd = mkdtempSync(join(tmpdir(), 'pulse-at-rest-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Starts the bot with `env` and returns, once it is ready, the environment and arguments it runs with. */
async function startedWith(env: Record<string, string>): Promise<{ environ: string[]; argv: string[] }> {
  const port = await freePort();
  const child = startCli(
    ['start'],
    { PORT: String(port), DATABASE_URL: 'file:./data/pulse.db', ...env },
    cwd,
  );
  const done = finished(child);
  try {
    await untilReady(`http://127.0.0.1:${port}`);
    // The process the operator started is the one serving: its id is what a supervisor watches.
    const split = (file: string) => readFileSync(`/proc/${child.pid}/${file}`, 'utf8').split('\0');
    return { environ: split('environ'), argv: split('cmdline') };
  } finally {
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  }
}

// glibc's malloc reads these settings; other systems' allocators do not, and the bot leaves them alone there.
describe.runIf(process.platform === 'linux')('excellence-pulse start, small at rest', () => {
  it('runs with the allocator and young-generation settings of "Memory at rest" when started plainly', async () => {
    const { environ, argv } = await startedWith({});
    expect(environ).toEqual(
      expect.arrayContaining([
        'MALLOC_ARENA_MAX=2',
        'MALLOC_MMAP_THRESHOLD_=32768',
        'MALLOC_TRIM_THRESHOLD_=32768',
      ]),
    );
    expect(argv).toContain('--max-semi-space-size=2');
  });

  it("keeps the operator's own settings and adds only what is missing", async () => {
    const { environ, argv } = await startedWith({
      MALLOC_ARENA_MAX: '4',
      NODE_OPTIONS: '--max-semi-space-size=8',
    });
    expect(environ).toEqual(expect.arrayContaining(['MALLOC_ARENA_MAX=4', 'MALLOC_MMAP_THRESHOLD_=32768']));
    expect(environ).not.toContain('MALLOC_ARENA_MAX=2');
    expect(argv).not.toContain('--max-semi-space-size=2');
  });

  it('still caps the young generation when the operator gave every allocator setting', async () => {
    const allocator = {
      MALLOC_ARENA_MAX: '1',
      MALLOC_MMAP_THRESHOLD_: '65536',
      MALLOC_TRIM_THRESHOLD_: '65536',
    };
    const { environ, argv } = await startedWith(allocator);
    expect(environ).toEqual(expect.arrayContaining(['MALLOC_ARENA_MAX=1', 'MALLOC_MMAP_THRESHOLD_=65536']));
    expect(argv).toContain('--max-semi-space-size=2');
  });
});
