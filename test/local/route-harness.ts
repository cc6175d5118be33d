import { vi } from 'vitest';
import {
  LocalChatPlatform,
  localRoutes,
  type DemoClock,
  type DemoStepOutcome,
} from '../../adapters/local/index.ts';
import { directory, FakeServices, nudgePost, pulseCard } from './fakes.ts';

/** The playground's routes over a workspace with Ann's pulse card and the Support channel's nudge. */
export async function setup(options: { clock?: DemoClock } = {}) {
  const platform = new LocalChatPlatform({ directory, now: () => new Date('2026-03-02T09:00:00Z') });
  const services = new FakeServices();
  const onError = vi.fn();
  const app = localRoutes({ platform, services, directory, onError, heartbeatMs: 20, ...options });
  const card = await platform.sendDirect({ organizationId: 'org', platformUserId: 'u-ann' }, pulseCard());
  const nudge = await platform.post({ organizationId: 'org', channelId: 'c-support' }, nudgePost());
  return { app, platform, services, onError, card, nudge };
}

export const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** A demo clock that records its presses and says what each did. */
export function fakeClock() {
  return {
    now: () => new Date('2026-03-03T15:00:00Z'),
    nextSend: vi.fn(async (): Promise<DemoStepOutcome> => ({ kind: 'pulse-arrived' })),
    closeRound: vi.fn(async (): Promise<DemoStepOutcome> => ({
      kind: 'round-closed',
      teamName: 'Support',
      yours: true,
    })),
    advanceWeek: vi.fn(async (): Promise<DemoStepOutcome> => ({ kind: 'week-advanced' })),
  };
}
