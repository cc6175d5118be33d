import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/app/clock.ts';
import { seedOrganization, type SeededOrganization } from '../../src/app/seed-organization.ts';
import { loadAppConfig } from '../../src/compose/platforms.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startApp, type RunningApp } from '../../src/main.ts';
import type { TestDatabase } from './databases.ts';
import { freePort } from './free-port.ts';

/** The key the admin page's app runs with, so a test can sign a link as the bot would. */
export const ADMIN_TEST_KEY = Buffer.alloc(32, 7).toString('base64');

export interface AdminPageApp {
  readonly app: RunningApp;
  readonly org: SeededOrganization;
  readonly clock: ManualClock;
  /** `?as=<id>` for a person of the seeded organisation. */
  as(user: string): string;
  /** GETs a page as someone; its status and HTML. */
  page(path: string, user: string): Promise<{ status: number; html: string }>;
  /** POSTs an admin form as a browser on the page would: its origin, and the token the page gave. */
  post(
    action: string,
    query: string,
    fields: Record<string, string>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; html: string }>;
  stop(): Promise<void>;
}

/**
 * The playground as `npm start` runs it, on a new organisation with one team
 * (Support: a leader and five members, in Amsterdam), an admin (Ada) and HR
 * (Hanna, Dutch), its clock on a Monday morning.
 */
export async function startAdminPageApp(database: TestDatabase): Promise<AdminPageApp> {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-admin-'));
  const url = database.provider === 'sqlite' ? `file:${join(dir, 'pulse.db')}` : await database.fresh();
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const config = loadAppConfig(
    {
      PORT: String(await freePort()),
      DATABASE_URL: url,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      SCHEDULER_CRON: '0 0 1 1 *',
      ENCRYPTION_KEY: ADMIN_TEST_KEY,
    },
    join(dir, '.env'),
  );
  const app = await startApp(config, createLogger(process.env.TEST_LOG ?? 'silent'), { clock });
  const org = await seedOrganization(app.store.db, {
    name: 'Acme',
    platform: 'local',
    externalId: 'acme',
    teams: [
      {
        name: 'Support',
        channelId: 'C-support',
        schedule: { cadence: 'weekly', weekday: 2, localTime: '10:00', timeZone: 'Europe/Amsterdam' },
        people: [
          { platformUserId: 'lea', displayName: 'Lea Leider', role: 'leader', locale: 'nl' },
          ...['ann', 'bob', 'cas', 'dee', 'eve'].map((id) => ({
            platformUserId: id,
            displayName: `${id} Member`,
          })),
        ],
      },
    ],
    staff: [
      { platformUserId: 'ada', displayName: 'Ada Admin', isAdmin: true },
      { platformUserId: 'hanna', displayName: 'Hanna HR', isHr: true, locale: 'nl' },
    ],
  });
  const as = (user: string) => `?as=${encodeURIComponent(org.people[user] ?? user)}`;
  const read = async (response: Response) => ({ status: response.status, html: await response.text() });
  return {
    app,
    org,
    clock,
    as,
    page: async (path, user) => read(await fetch(`${app.url}${path}${as(user)}`)),
    post: async (action, query, fields, headers = { origin: app.url }) =>
      read(
        await fetch(`${app.url}/dashboard/admin/${action}${query}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body: new URLSearchParams(fields).toString(),
        }),
      ),
    async stop() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The form token a page carries (every form on it carries the same one). */
export function formTokenOf(html: string): string {
  const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('the page has no admin form');
  return token;
}
