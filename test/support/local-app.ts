import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import { loadAppConfig } from '../../src/compose/platforms.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startApp, type RunningApp } from '../../src/main.ts';
import { freePort } from './free-port.ts';

/** A Monday morning before the demo teams' Tuesday rounds; the demo clock moves on from here. */
export const DEMO_START = new Date('2026-03-02T08:00:00Z');

/** A temp folder for one suite's files, removed after it. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The bot as `npm start` runs it in local mode (the demo organisation, the
 * playground) on `databaseUrl`, its clock standing at `start` until the demo
 * clock moves it; the scheduler stays out of the way.
 */
export async function startLocalApp(databaseUrl: string, start: Date = DEMO_START): Promise<RunningApp> {
  const dir = tempDir('pulse-local-');
  const config = loadAppConfig(
    {
      PORT: String(await freePort()),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'silent',
      SCHEDULER_CRON: '0 0 1 1 *',
    },
    join(dir, '.env'),
  );
  return startApp(config, createLogger('silent'), { clock: new ManualClock(start) });
}

export interface LocalPersonView {
  readonly id: string;
  readonly platformUserId: string;
  readonly teams: readonly { readonly teamId: string }[];
}

/** The playground's people, by their local user id ('maya', 'hanna'). */
export async function peopleOf(app: RunningApp): Promise<(user: string) => LocalPersonView> {
  const { people } = (await (await fetch(`${app.url}/api/people`)).json()) as { people: LocalPersonView[] };
  return (user) => {
    const found = people.find((person) => person.platformUserId === user);
    if (!found) throw new Error(`nobody called ${user} in the demo`);
    return found;
  };
}
