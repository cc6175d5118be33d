import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS_LIMITS } from '../../adapters/teams/connector/connector-sender.ts';
import { PlatformSendError } from '../../src/app/ports.ts';
import {
  BLOCKED_BY_USER,
  SERVICE_UNAVAILABLE,
  tooManyRequests,
  type ScriptedFailure,
} from '../support/teams-cloud-standin.ts';
import { message, startConnectorStack, type ConnectorStack } from './support/connector-stack.ts';

let stack: ConnectorStack;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
afterEach(() => stack.close());

const sends = () => stack.cloud.requests.filter((request) => request.call === 'send');

describe('the rate-limited Teams sender', () => {
  it('rides out a 429 storm: waits each Retry-After, loses nothing, sends nothing twice', async () => {
    stack = await startConnectorStack({ chats: 20 });
    const chats = stack.chats;
    stack.cloud.failNext('send', ...Array.from({ length: 10 }, () => tooManyRequests(2)));
    const start = stack.clock.now();
    const sent = await Promise.all(
      chats.map((chat, i) => stack.connector.sendActivity(chat, message(`card ${i}`))),
    );

    expect(new Set(sent.map((activity) => activity.id)).size).toBe(20);
    const delivered = stack.cloud.activities.map((activity) => activity.conversationId);
    expect(delivered.sort()).toEqual(chats.map((chat) => chat.conversationId).sort());
    expect(stack.sender.stats()).toMatchObject({ sent: 20, rateLimited: 10, failed: 0, queued: 0 });
    // Each request refused with 429 went out again only after its Retry-After.
    const log = sends();
    log.forEach((request, i) => {
      if (request.status !== 429) return;
      const retry = log.slice(i + 1).find((later) => later.conversationId === request.conversationId);
      expect(retry!.at - request.at).toBeGreaterThanOrEqual(2000);
    });
    expect(stack.clock.now() - start).toBeGreaterThanOrEqual(2000);
    expect(stack.sender.rateOf('tenant-1')).toBeLessThan(TEAMS_LIMITS.tenant.ratePerSecond);
  });

  it.each<[string, ScriptedFailure]>([
    ['503', SERVICE_UNAVAILABLE],
    ['412', { status: 412, code: 'PreconditionFailed', message: 'Precondition failed.' }],
    ['502', { status: 502, code: 'ServiceError', message: 'Bad Gateway' }],
    ['504', { status: 504, code: 'ServiceError', message: 'Gateway Timeout' }],
  ])('tries a %s again after a back-off with jitter, and then delivers', async (_, failure) => {
    stack = await startConnectorStack({ chats: 1 });
    const [chat] = stack.chats;
    stack.cloud.failNext('send', failure, failure);
    await stack.connector.sendActivity(chat!, message('hi'));
    expect(sends().map((request) => request.status)).toEqual([failure.status, failure.status, 201]);
    // 1 s then 2 s ceilings, each drawn from its upper half (the test's random is 0.5).
    expect(stack.clock.slept).toEqual(expect.arrayContaining([750, 1500]));
    expect(stack.cloud.activities).toHaveLength(1);
  });

  it('waits at least the Retry-After a 503 names', async () => {
    stack = await startConnectorStack({ chats: 1 });
    const [chat] = stack.chats;
    stack.cloud.failNext('send', { ...SERVICE_UNAVAILABLE, retryAfterSeconds: 7 });
    await stack.connector.sendActivity(chat!, message('hi'));
    const [failed, delivered] = sends();
    expect(delivered!.at - failed!.at).toBeGreaterThanOrEqual(7000);
  });

  it('gives up after four tries of a failing service, as a retryable failure', async () => {
    stack = await startConnectorStack({ chats: 1 });
    const [chat] = stack.chats;
    stack.cloud.failNext('send', ...Array.from({ length: 6 }, () => SERVICE_UNAVAILABLE));
    const failure = await stack.connector.sendActivity(chat!, message('hi')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ permanent: false, status: 503, code: 'ServiceError' });
    expect(sends()).toHaveLength(4);
  });

  it.each<[number, string]>([
    [403, 'ConversationBlockedByUser'],
    [403, 'BotNotInConversationRoster'],
    [403, 'BotDisabledByAdmin'],
    [404, 'ConversationNotFound'],
  ])('reports %i %s as permanent, with the reason, and does not try again', async (status, code) => {
    stack = await startConnectorStack({ chats: 1 });
    const [chat] = stack.chats;
    stack.cloud.failNext('send', { ...BLOCKED_BY_USER, status, code });
    const failure = await stack.connector.sendActivity(chat!, message('hi')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformSendError);
    expect(failure).toMatchObject({ permanent: true, status, code });
    expect((failure as Error).message).toContain(code);
    expect(sends()).toHaveLength(1);
  });

  it('hands back another refusal once, not permanent', async () => {
    stack = await startConnectorStack({ chats: 1 });
    const [chat] = stack.chats;
    stack.cloud.failNext('send', { status: 400, code: 'BadArgument', message: 'Unknown activity type' });
    const failure = await stack.connector.sendActivity(chat!, message('hi')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ permanent: false, status: 400, code: 'BadArgument' });
    expect(sends()).toHaveLength(1);
  });

  // One request in flight: virtual time stands still while it travels, so the
  // stand-in counts each request at the moment the sender chose for it.
  it('keeps to 7 a second and 60 in 30 seconds in one conversation, so Teams never says 429', async () => {
    stack = await startConnectorStack({ chats: 1, sender: { maxInFlight: 1 } });
    const [chat] = stack.chats;
    const start = stack.clock.now();
    await Promise.all(
      Array.from({ length: 61 }, (_, i) => stack.connector.sendActivity(chat!, message(`${i}`))),
    );
    expect(sends().every((request) => request.status === 201)).toBe(true);
    expect(stack.cloud.activities).toHaveLength(61);
    expect(stack.clock.now() - start).toBeGreaterThanOrEqual(30_000);
  });

  it('keeps to 50 requests a second for the tenant, so Teams never says 429', async () => {
    stack = await startConnectorStack({ chats: 60, sender: { maxInFlight: 1 } });
    const start = stack.clock.now();
    await Promise.all(stack.chats.map((chat) => stack.connector.sendActivity(chat, message('hi'))));
    expect(stack.cloud.requests.every((request) => request.status === 201)).toBe(true);
    expect(stack.cloud.activities).toHaveLength(60);
    // 60 sends: a few at once, then 47 a second (all at once, 10 would have been refused).
    expect(stack.clock.now() - start).toBeGreaterThanOrEqual(1000);
  });

  it("keeps a tenant's fan-out above 94 % of the 50 a second Teams allows, never over it in any second", async () => {
    stack = await startConnectorStack({ chats: 150, sender: { maxInFlight: 1 } });
    const start = stack.clock.now();
    await Promise.all(stack.chats.map((chat) => stack.connector.sendActivity(chat, message('card'))));
    const log = sends();
    expect(log.every((request) => request.status === 201)).toBe(true);
    expect(busiestSecond(log.map((request) => request.at))).toBeLessThanOrEqual(50);
    const seconds = (stack.clock.now() - start) / 1000;
    expect(150 / seconds / 50).toBeGreaterThan(0.94);
  }, 60_000);

  it('is back at full pace within seconds of a 429, as the limit is fixed and published', async () => {
    stack = await startConnectorStack({ chats: 450, sender: { maxInFlight: 1 } });
    const start = stack.clock.now();
    stack.cloud.failNext('send', tooManyRequests(1));
    await Promise.all(stack.chats.map((chat) => stack.connector.sendActivity(chat, message('card'))));
    // Eight seconds after the 429 (a 30 s hold would still send at 85 % of the pace here).
    const late = sends().filter((request) => request.at >= start + 8000);
    const lateSeconds = (stack.clock.now() - (start + 8000)) / 1000;
    expect(late.length / lateSeconds).toBeGreaterThan(45);
    expect(stack.cloud.activities).toHaveLength(450);
  }, 60_000);

  it('puts a request someone waits for ahead of queued work', async () => {
    stack = await startConnectorStack({ chats: 6, sender: { maxInFlight: 1 } });
    const [tapped, ...others] = stack.chats;
    const card = await stack.connector.sendActivity(tapped!, message('card'));
    const queued = others.map((chat) => stack.connector.sendActivity(chat, message('fan-out')));
    const update = stack.connector.updateActivity(tapped!, card.id, message('answered'), {
      interactive: true,
    });
    await Promise.all([...queued, update]);
    // The first fan-out send was already on its way; the update went next.
    expect(stack.cloud.requests.map((request) => request.call)).toEqual([
      'send',
      'send',
      'update',
      'send',
      'send',
      'send',
      'send',
    ]);
  });

  it('gives queued work back as retryable when closed', async () => {
    stack = await startConnectorStack({ chats: 3, sender: { maxInFlight: 1 } });
    const pending = stack.chats.map((chat) =>
      stack.connector.sendActivity(chat, message('hi')).catch((error: unknown) => error),
    );
    stack.sender.close();
    const outcomes = await Promise.all(pending);
    const refused = outcomes.filter((outcome) => outcome instanceof PlatformSendError);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((error) => !(error as PlatformSendError).permanent)).toBe(true);
  });
});

/** The most requests in any 1,000 ms. */
function busiestSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[first]! <= sorted[last]! - 1000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
