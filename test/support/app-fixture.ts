import { afterAll } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import type { AppContext, EngineSettings } from '../../src/app/context.ts';
import { viewAsLinks } from '../../src/app/dashboard-links.ts';
import { RecordingPlatform } from '../../src/app/recording-platform.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { loadContentBank } from '../../src/model/index.ts';
import { openStore, type OpenStoreOptions, type Store } from '../../src/store/database.ts';

export const TEST_SETTINGS: EngineSettings = {
  k: 5,
  minComments: 3,
  perPerson: 4,
  defaultLocale: 'en',
  defaultTimeZone: 'Europe/Amsterdam',
  publicUrl: 'http://127.0.0.1:3978',
  digestSecret: 'dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=',
};

/** Where a fixture's clock starts: a Monday, the week before the tests' first rounds. */
export const FIXTURE_START = new Date('2026-11-23T08:00:00Z');

export interface AppFixture {
  readonly ctx: AppContext;
  readonly platform: RecordingPlatform;
  readonly store: Store;
  /** The context's clock: set it to step through a round's days. */
  readonly clock: ManualClock;
}

/** A use-case context over a fresh database, recording instead of sending; closed after the suite. */
export async function appFixture(
  url: string,
  settings: Partial<EngineSettings> = {},
  storeOptions: Pick<OpenStoreOptions, 'onQuery'> = {},
): Promise<AppFixture> {
  const fixture = await openAppFixture(url, settings, storeOptions);
  afterAll(() => fixture.store.close());
  return fixture;
}

/** The same outside a test run (the bench); the caller closes its store. */
export async function openAppFixture(
  url: string,
  settings: Partial<EngineSettings> = {},
  storeOptions: Pick<OpenStoreOptions, 'onQuery'> = {},
): Promise<AppFixture> {
  const store = await openStore({ url, ...storeOptions });
  const platform = new RecordingPlatform();
  const clock = new ManualClock(FIXTURE_START);
  const ctx: AppContext = {
    db: store.db,
    bank: loadContentBank(),
    settings: { ...TEST_SETTINGS, ...settings },
    platform,
    log: createLogger(process.env.TEST_LOG ?? 'silent'),
    clock,
    links: viewAsLinks(settings.publicUrl ?? TEST_SETTINGS.publicUrl),
  };
  return { ctx, platform, store, clock };
}
