import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import { seedOrganization, type SeededOrganization } from '../../src/app/seed-organization.ts';
import { loadAppConfig } from '../../src/compose/platforms.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startApp, type RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { freePort } from '../support/free-port.ts';

/**
 * The playground as `npm start` runs it, on a new organisation: what its
 * reports say before any round has closed, and where the link in a report
 * that arrives in the playground leads.
 */
describeEachDatabase('the playground’s reports, before and after the first round', (database) => {
  let app: RunningApp;
  let org: SeededOrganization;
  let dir: string;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const members = ['ann', 'bob', 'cas', 'dee', 'eve'];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pulse-local-'));
    const url = database.provider === 'sqlite' ? `file:${join(dir, 'pulse.db')}` : await database.fresh();
    const config = loadAppConfig(
      {
        PORT: String(await freePort()),
        DATABASE_URL: url,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'silent',
        SCHEDULER_CRON: '0 0 1 1 *',
      },
      join(dir, '.env'),
    );
    app = await startApp(config, createLogger(process.env.TEST_LOG ?? 'silent'), { clock });
    org = await seedOrganization(app.store.db, {
      name: 'Acme',
      platform: 'local',
      externalId: 'acme',
      teams: [
        {
          name: 'Support',
          channelId: 'C-support',
          schedule: { cadence: 'weekly', weekday: 2, localTime: '10:00', timeZone: 'Europe/Amsterdam' },
          people: [
            { platformUserId: 'lea', displayName: 'Lea', role: 'leader', locale: 'nl' },
            ...members.map((id) => ({ platformUserId: id, displayName: id })),
          ],
        },
      ],
      staff: [{ platformUserId: 'hr', displayName: 'Hanna', isHr: true }],
    });
  });

  afterAll(async () => {
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const as = (user: string) => `?as=${encodeURIComponent(org.people[user] ?? '')}`;
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    await app.tick();
  };

  it('says on every page and CSV that there are no results yet, in the viewer’s language', async () => {
    const team = `/dashboard/teams/${org.teams.Support}`;
    for (const [path, user, words] of [
      [team, 'lea', 'Nog geen resultaten'],
      [`${team}/csv`, 'lea', 'Er zijn nog geen resultaten voor Support'],
      ['/dashboard/org', 'hr', 'No results yet'],
      ['/dashboard/org/csv', 'hr', 'There are no results for the organisation yet'],
      [team, 'hr', 'No results yet'],
    ] as const) {
      const response = await fetch(`${app.url}${path}${as(user)}`);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(await response.text()).toContain(words);
    }
  });

  it('says when the first results are expected once the round is open', async () => {
    await at('2026-11-23T08:00:00Z');
    await at('2026-11-24T09:00:00Z');
    const page = await (await fetch(`${app.url}/dashboard/teams/${org.teams.Support}${as('lea')}`)).text();
    expect(page).toContain('vrijdag 27 november om 10:00');
  });

  it('opens the link in the leader’s report, as the leader, on her team’s page', async () => {
    await at('2026-11-27T09:00:00Z');
    const response = await fetch(`${app.url}/api/conversations/dm-lea/messages${as('lea')}`);
    const { messages } = (await response.json()) as { messages: { kind: string; html: string }[] };
    const report = messages.findLast((message) => message.kind === 'team-report');
    const link = /<a href="([^"]+)"[^>]*>Open het dashboard<\/a>/.exec(report?.html ?? '')?.[1];
    if (!link) throw new Error('the report in the leader’s chat has no dashboard link');
    const opened = await fetch(link.replaceAll('&amp;', '&'));
    expect(opened.status).toBe(200);
    const page = await opened.text();
    expect(page).toContain('<h1>Support</h1>');
    expect(page).toContain('Lea');
  });

  it('runs every job of a first round that nobody answered without an error', async () => {
    await at('2026-11-30T08:30:00Z'); // Monday: the HR digest, now with a closed round
    const jobs = await app.store.db.job.findMany({ select: { kind: true, status: true, lastError: true } });
    expect(jobs.filter((job) => job.lastError !== null || job.status === 'failed')).toEqual([]);
    const kinds = jobs.map((job) => job.kind);
    for (const kind of ['close-round', 'leader-report', 'team-nudge', 'hr-digest'])
      expect(kinds).toContain(kind);
  });
});
