import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.ts';
import { runCli } from '../support/run-cli.ts';

const cwd = mkdtempSync(join(tmpdir(), 'pulse-team-ops-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/**
 * An admin at the terminal: the real command line, as a child process,
 * changes a team's schedule, pauses it, sets the organisation's public
 * holidays and removes the team, each audited as coming from the command line.
 */
it('runs a team from the command line, every change audited', { timeout: 120_000 }, async () => {
  const env = { DATABASE_URL: 'file:./data/ops.db', DEMO_DATA: 'false' };
  const store = await openStore({ url: `file:${cwd}/data/ops.db` });
  await store.db.organization.create({ data: { platform: 'slack', externalId: 'T0001', name: 'Acme' } });
  await store.close();
  const cli = (...args: string[]) => runCli(args, env, cwd);

  expect((await cli('team', 'add', '--name', 'Support', '--channel', 'C0SUPPORT')).code).toBe(0);
  const scheduled = await cli(
    'team',
    'schedule',
    '--channel',
    'C0SUPPORT',
    '--cadence',
    'fourweekly',
    '--weekday',
    '4',
  );
  expect(scheduled.stderr).toBe('');
  expect(scheduled.stdout).toContain('fourweekly, weekday 4, 10:00 Europe/Amsterdam');
  expect((await cli('team', 'pause', '--channel', 'C0SUPPORT')).code).toBe(0);
  expect((await cli('team', 'list')).stdout).toMatch(/Support.*fourweekly day 4.*paused/);
  expect((await cli('holidays', 'NL')).stdout).toContain('those of NL');
  const unknown = await cli('holidays', 'Atlantis');
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('not a country or region');
  const unconfirmed = await cli('team', 'remove', '--channel', 'C0SUPPORT');
  expect(unconfirmed.code).toBe(2);
  expect(unconfirmed.stderr).toContain('add --yes');
  expect((await cli('team', 'remove', '--channel', 'C0SUPPORT', '--yes')).code).toBe(0);
  expect((await cli('team', 'list')).stdout).toContain('removed');
  expect((await cli('team', 'schedule', '--help')).stdout).toContain('excellence-pulse team send-now');

  const check = await openStore({ url: `file:${cwd}/data/ops.db` });
  try {
    const audit = await check.db.auditLog.findMany({ orderBy: { at: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual([
      'team.schedule-changed',
      'team.paused',
      'organization.holidays-changed',
      'team.removed',
    ]);
    expect(audit.every((entry) => entry.actorId === null && entry.detail?.includes('"via":"cli"'))).toBe(
      true,
    );
  } finally {
    await check.close();
  }
});
