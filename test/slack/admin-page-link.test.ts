import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import { runTeamCommand } from '../../src/cli/team-command.ts';
import type { RunningApp } from '../../src/main.ts';
import { databaseUrlIn, describeEachDatabase } from '../support/databases.ts';
import { startSlackBot } from '../support/slack-bot.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { signedHeaders, slashCommand } from './support/slack-requests.ts';

/** Every URL in a message's blocks: the links a person can open. */
function linksIn(blocks: unknown): string[] {
  if (Array.isArray(blocks)) return blocks.flatMap(linksIn);
  if (!blocks || typeof blocks !== 'object') return [];
  return Object.entries(blocks).flatMap(([key, value]) =>
    key === 'url' && typeof value === 'string' ? [value] : linksIn(value),
  );
}

/**
 * `/pulse admin` on Slack, through the signed HTTP entry of the bot as
 * `npm start` runs it: an admin gets a link signed for them, and the link
 * their message holds opens the admin page, whose form changes a schedule;
 * anyone else is told only admins can, and gets no link.
 */
describeEachDatabase('the admin page from Slack', (database) => {
  let app: RunningApp;
  let dir: string;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    // Slack's Web API, answered at the HTTP layer for whatever the bot asks while it starts.
    new FakeSlackApi();
    dir = mkdtempSync(join(tmpdir(), 'pulse-slack-admin-'));
    const url = await databaseUrlIn(database, dir);
    app = await startSlackBot({ dir, url, clock });
    const io = { stdout: () => {}, stderr: () => {} };
    await runTeamCommand(
      ['add', '--name', 'Support', '--channel', 'C_SUPPORT', '--leader', 'U_LEA'],
      app.store.db,
      io,
    );
    await runTeamCommand(['role', '--user', 'U_ADA', '--admin'], app.store.db, io);
  });

  afterAll(async () => {
    await app?.stop();
    nock.cleanAll();
    nock.enableNetConnect();
    rmSync(dir, { recursive: true, force: true });
  });

  const command = async (text: string, user: string) => {
    const body = slashCommand(text, user);
    const headers = signedHeaders(body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(clock.now().getTime() / 1000),
    });
    const response = await fetch(`${app.url}/slack/events`, { method: 'POST', body, headers });
    expect(response.status).toBe(200);
    return (await response.json()) as { text: string; blocks?: unknown[] };
  };

  it('gives an admin a signed link that opens the admin page as them, where a schedule changes', async () => {
    const reply = await command('admin', 'U_ADA');
    const [link] = linksIn(reply.blocks);
    expect(link).toMatch(/\/dashboard\/admin\?t=/);
    const page = await fetch(link ?? '');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('id="team-0-name">Support</h3>');
    expect(html).toContain('the channel C_SUPPORT');

    const action = /<form method="post" action="([^"]*\/schedule\?t=[^"]*)"/.exec(html)?.[1] ?? '';
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const changed = await fetch(new URL(action.replaceAll('&amp;', '&'), app.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(app.url).origin },
      body: new URLSearchParams({ csrf, team: 'C_SUPPORT', cadence: 'monthly', weekday: '1', time: '09:30' }),
    });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain(
      'Team “Support” now gets its pulse on the first Monday of each month',
    );
    const entry = await app.store.db.auditLog.findFirstOrThrow({
      where: { action: 'team.schedule-changed' },
    });
    const ada = await app.store.db.person.findFirstOrThrow({ where: { platformUserId: 'U_ADA' } });
    expect(entry.actorId).toBe(ada.id);
  });

  it('tells someone who is not an admin that only admins can, with no link', async () => {
    const reply = await command('admin', 'U_LEA');
    expect(JSON.stringify(reply)).toContain('Only an admin of Excellence Pulse can do that.');
    expect(linksIn(reply.blocks)).toEqual([]);
  });
});
