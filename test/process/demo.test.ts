import { expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { tempDir } from '../support/local-app.ts';

const cwd = tempDir('pulse-demo-cli-');

it('explains how `demo --reset` starts the demo over', async () => {
  const result = await runCli(['demo', '--help'], {}, cwd);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('--reset   start over: empty the local demo');
});

it('refuses an option it does not know, before touching the database', async () => {
  const result = await runCli(['demo', '--rest'], {}, cwd);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Did not understand "--rest".');
});
