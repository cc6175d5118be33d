import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { freePort } from '../support/free-port.ts';
import { finished, runCli, startCli } from '../support/run-cli.ts';
import { untilReady } from '../support/wait-until.ts';

const cwd = mkdtempSync(join(tmpdir(), 'pulse-cli-beside-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describeEachDatabase('the command line beside a running bot', (database) => {
  it(
    'sets up a team, lists it and checks migrations while the bot runs on the same database',
    { timeout: 120_000 },
    async () => {
      const port = await freePort();
      const url = database.provider === 'sqlite' ? `file:./data/beside.db` : await database.fresh();
      const env = { DATABASE_URL: url, DEMO_DATA: 'false' };
      // A workspace connected earlier, as the bot on Slack records it.
      const store = await openStore({ url: url.replace('file:./', `file:${cwd}/`) });
      await store.db.organization.create({ data: { platform: 'slack', externalId: 'T0001', name: 'Acme' } });
      await store.close();
      const bot = startCli(['start'], { ...env, PORT: String(port) }, cwd);
      const stopped = finished(bot);
      try {
        await untilReady(`http://127.0.0.1:${port}`);
        const added = await runCli(
          ['team', 'add', '--name', 'Support', '--channel', 'C0SUPPORT', '--leader', 'U0LEA'],
          env,
          cwd,
        );
        expect(added.stderr).toBe('');
        expect(added.code).toBe(0);
        const listed = await runCli(['team', 'list'], env, cwd);
        expect(listed.stdout).toContain('Support');
        const migrated = await runCli(['migrate'], env, cwd);
        expect(migrated.code).toBe(0);
        expect(migrated.stdout).toContain('up to date');
      } finally {
        bot.kill('SIGTERM');
      }
      expect((await stopped).code).toBe(0);
    },
  );
});
