import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { freePort } from '../support/free-port.ts';
import { finished, runCli, startCli } from '../support/run-cli.ts';
import { untilReady } from '../support/wait-until.ts';

const cwd = mkdtempSync(join(tmpdir(), 'pulse-start-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Waits until the bot says it is ready, then returns what /healthz tells. */
async function waitForHealth(url: string): Promise<Record<string, unknown>> {
  await untilReady(url);
  return (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
}

describeEachDatabase('excellence-pulse start', (database) => {
  it('serves /healthz with the database and its migrations, then stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const url = database.provider === 'sqlite' ? 'file:./data/pulse.db' : await database.fresh();
    const child = startCli(['start'], { PORT: String(port), DATABASE_URL: url }, cwd);
    const done = finished(child);
    const health = await waitForHealth(`http://127.0.0.1:${port}`);
    expect(health).toMatchObject({ status: 'ok', db: database.provider });
    expect(health.migrations).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    if (database.provider === 'sqlite') expect(existsSync(join(cwd, 'data', 'pulse.db'))).toBe(true);

    const stoppedAt = performance.now();
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    // The 5 s budget is the product's promise on shutdown, checked loosely here.
    expect(performance.now() - stoppedAt).toBeLessThan(5_000);
  });
});

it('says ready only once the pages answer: the first 200 from /readyz comes with a working playground', async () => {
  const port = await freePort();
  const child = startCli(['start'], { PORT: String(port), DATABASE_URL: 'file:./data/ready.db' }, cwd);
  const done = finished(child);
  const base = `http://127.0.0.1:${port}`;
  // Polled often, so the first 200 is caught the moment it comes.
  await untilReady(base, 60, 5);
  // What a load balancer does next: send traffic. It must be served, not "Starting…".
  expect((await fetch(`${base}/`)).status).toBe(200);
  child.kill('SIGTERM');
  expect((await done).code).toBe(0);
});

it('refuses a wrong PORT with a message that names it', async () => {
  const result = await runCli(['start'], { PORT: 'abc' }, cwd);
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain('PORT: got "abc", expected an integer from 1 to 65535');
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

it('says clearly when PostgreSQL cannot be reached, without a stack trace or the password', async () => {
  const port = await freePort();
  const result = await runCli(
    ['start'],
    { DATABASE_URL: `postgresql://pulse:s3cret@127.0.0.1:${port}/pulse` },
    cwd,
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(`Cannot reach PostgreSQL at 127.0.0.1:${port}/pulse (DATABASE_URL)`);
  expect(result.stderr).not.toContain('s3cret');
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

it('applies migrations with `excellence-pulse migrate`, and a second run has nothing to do', async () => {
  const env = { DATABASE_URL: 'file:./data/migrate.db' };
  expect((await runCli(['migrate'], env, cwd)).stdout).toContain('Applied:');
  expect((await runCli(['migrate'], env, cwd)).stdout).toContain('up to date');
});
