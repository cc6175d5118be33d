import { describe, expect, it, vi } from 'vitest';
import { LocalChatPlatform, localRoutes, type DemoStepOutcome } from '../../adapters/local/index.ts';
import { directory, FakeServices, pulseCard } from './fakes.ts';

const LIMIT = 64 * 1024;

async function setup() {
  const platform = new LocalChatPlatform({ directory, now: () => new Date('2026-03-02T09:00:00Z') });
  const onError = vi.fn();
  const clock = {
    now: () => new Date('2026-03-03T15:00:00Z'),
    nextSend: async (): Promise<DemoStepOutcome> => ({ kind: 'pulse-arrived' }),
    closeRound: async (): Promise<DemoStepOutcome> => ({ kind: 'no-open-round', yours: true }),
    advanceWeek: async (): Promise<DemoStepOutcome> => ({ kind: 'week-advanced' }),
  };
  const services = new FakeServices();
  const app = localRoutes({ platform, services, directory, onError, clock, maxBodyBytes: LIMIT });
  await platform.sendDirect({ organizationId: 'org', platformUserId: 'u-ann' }, pulseCard());
  return { app, onError, services };
}

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** Every local route, with the name in each place a route reads a name from. */
function requestsFor(name: string): [string, RequestInit?][] {
  const n = encodeURIComponent(name);
  return [
    [`/?as=${n}&c=${n}`],
    [`/?as=p-ann&c=${n}`],
    [`/assets/${n}`],
    [`/api/conversations?as=${n}`],
    [`/api/conversations/${n}/messages?as=p-ann`],
    [`/api/conversations/dm-u-ann/messages?as=${n}`],
    [`/api/clock/${n}`, postJson({ as: 'p-ann' })],
    ['/api/clock/next-send', postJson({ as: name })],
    ['/api/actions', postJson({ type: name, as: 'p-ann', messageId: 'm-1' })],
    ['/api/actions', postJson({ type: 'answer', as: name, messageId: name, statementId: name, value: 1 })],
    ['/api/actions', postJson({ type: 'comment', as: 'p-ann', messageId: name, text: 'hi' })],
    ['/api/actions', postJson({ type: 'nudge-feedback', as: 'p-ann', messageId: name, kind: 'did-this' })],
    ['/api/actions', { ...postJson({}), body: `{"${name}": {"as": "p-ann"}}` }],
    [`/dashboard?as=${n}`],
    [`/dashboard/org?as=${n}`],
    [`/dashboard/org/csv?as=${n}`],
    [`/dashboard/teams/${n}?as=p-bram`],
    [`/dashboard/teams/${n}/csv?as=p-bram`],
    [`/dashboard/teams/t-support?as=${n}`],
  ];
}

describe('prototype-like names in any local route', () => {
  it('are answered as unknown names (4xx or a page), never 500', async () => {
    const { app, onError, services } = await setup();
    const failures: string[] = [];
    for (const name of PROTOTYPE_NAMES) {
      for (const [path, init] of requestsFor(name)) {
        const response = await app.request(path, init);
        if (response.status >= 500) failures.push(`${init?.method ?? 'GET'} ${path}: ${response.status}`);
        await response.body?.cancel();
      }
    }
    expect(failures).toEqual([]);
    expect(onError).not.toHaveBeenCalled();
    // Reports are asked for (and refused by the services); nothing is written.
    expect(services.calls.filter((call) => call.method.startsWith('record'))).toEqual([]);
  });
});

/** A 10 MB body that counts how much of it anyone read. */
function countedBody(totalBytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= totalBytes) return controller.close();
      read.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}

describe('bodies over the limit', () => {
  const TEN_MB = 10 * 1024 * 1024;
  for (const path of ['/api/actions', '/api/clock/next-send']) {
    it(`${path}: refused with 413 from the declared length, without reading the body`, async () => {
      const { app, services } = await setup();
      const { stream, read } = countedBody(TEN_MB);
      const response = await app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(TEN_MB) },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ error: expect.stringContaining('64 KB') });
      // A stream pulls one chunk ahead when it is created; nothing more was read.
      expect(read.bytes).toBeLessThanOrEqual(64 * 1024);
      expect(services.calls).toEqual([]);
    });

    it(`${path}: refused with 413 once a body without a length passes the limit`, async () => {
      const { app, services } = await setup();
      const { stream, read } = countedBody(TEN_MB);
      const response = await app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(read.bytes).toBeLessThan(4 * LIMIT);
      expect(services.calls).toEqual([]);
    });
  }
});
