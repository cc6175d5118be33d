import './support/node20.ts';
import fc from 'fast-check';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformSendError } from '../../src/app/ports.ts';
import { PERMANENT_ERRORS, SlackApiError, SlackWebApi } from '../../adapters/slack/web-api/slack-web-api.ts';
import { AdaptiveBucket } from '../../adapters/sending/adaptive-bucket.ts';
import { FakeClock } from './support/fake-clock.ts';
import { FakeSlackApi, SLACK_API_URL } from './support/fake-slack-api.ts';

const auth = { teamId: 'T0001', botToken: 'xoxb-test-token' };
let slack: FakeSlackApi;
let clock: FakeClock;

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
beforeEach(() => {
  slack = new FakeSlackApi();
  clock = new FakeClock();
});
afterEach(() => nock.cleanAll());

function api(options: ConstructorParameters<typeof SlackWebApi>[0] = {}) {
  return new SlackWebApi({ slackApiUrl: SLACK_API_URL, clock, ...options });
}

const post = (client: SlackWebApi, channel: string) =>
  client.call(auth, 'chat.postMessage', { channel, text: 'hi' }, { channel });

describe('the rate-limited sender', () => {
  it('delays sends through a 429 storm but loses none and sends none twice', async () => {
    const start = clock.now();
    const retryAt: number[] = [];
    slack.on('chat.postMessage', (_, call) => {
      if (call <= 25) {
        retryAt.push(clock.now());
        return [429, { ok: false, error: 'ratelimited' }, { 'retry-after': '2' }];
      }
      return undefined;
    });
    const client = api();
    const channels = Array.from({ length: 40 }, (_, i) => `D${String(i).padStart(4, '0')}`);
    const results = await Promise.all(channels.map((channel) => post(client, channel)));

    expect(results.map((result) => result.channel)).toEqual(channels);
    const delivered = slack
      .callsTo('chat.postMessage')
      .slice(25)
      .map((call) => call.params.channel);
    expect(delivered.sort()).toEqual([...channels].sort());
    expect(client.stats()).toMatchObject({ sent: 40, rateLimited: 25, failed: 0, queued: 0 });
    // Each 429 paused the lane for Retry-After: the storm took at least the 2 s it asked for, and the
    // lane now sends below the rate that provoked it.
    expect(clock.now() - start).toBeGreaterThanOrEqual(2000);
    expect(client.sender.rateOf('T0001', 'chat.postMessage')).toBeLessThan(5);
  });

  it('honours Retry-After before the next request of that method and workspace', async () => {
    const seenAt: number[] = [];
    slack.on('chat.update', (_, call) => {
      seenAt.push(clock.now());
      return call === 1 ? [429, { ok: false, error: 'ratelimited' }, { 'retry-after': '3' }] : undefined;
    });
    const client = api();
    await client.call(auth, 'chat.update', { channel: 'D1', ts: '1.1', text: 'x' });
    expect(seenAt).toHaveLength(2);
    expect(seenAt[1]! - seenAt[0]!).toBeGreaterThanOrEqual(3000);
  });

  it.each([...PERMANENT_ERRORS].slice(0, 7))('does not retry the permanent error %s', async (error) => {
    slack.on('chat.postMessage', () => [200, { ok: false, error }]);
    const client = api();
    const failure = await post(client, 'D0001').catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(PlatformSendError);
    expect(failure).toMatchObject({ permanent: true, code: error, method: 'chat.postMessage' });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('marks other ok:false errors retryable without repeating them itself', async () => {
    slack.on('chat.postMessage', () => [200, { ok: false, error: 'some_new_error' }]);
    const failure = await post(api(), 'D0001').catch((caught: unknown) => caught);
    expect(failure).toMatchObject({ permanent: false, code: 'some_new_error' });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('retries a transient failure of an idempotent method, with backoff, then gives it back as retryable', async () => {
    slack.on('chat.update', () => [500, { ok: false, error: 'internal_error' }]);
    const failure = await api()
      .call(auth, 'chat.update', { channel: 'D1', ts: '1.1', text: 'x' })
      .catch((caught: unknown) => caught);
    expect(failure).toMatchObject({ permanent: false, code: 'internal_error' });
    expect(slack.callsTo('chat.update')).toHaveLength(3);
    expect(clock.slept).toEqual(expect.arrayContaining([250, 500]));
  });

  it('does not repeat a chat.postMessage whose outcome is unknown (it may have been posted)', async () => {
    slack.on('chat.postMessage', () => [502, 'Bad Gateway']);
    const failure = await post(api(), 'D0001').catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(SlackApiError);
    expect(failure).toMatchObject({ permanent: false });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('keeps to the configured rate', async () => {
    const client = api({ limits: { 'chat.update': { perMinute: 60, burst: 1 } } });
    const start = clock.now();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        client.call(auth, 'chat.update', { channel: 'D1', ts: `${i}.0`, text: 'x' }),
      ),
    );
    // one a second after the first
    expect(clock.now() - start).toBeGreaterThanOrEqual(5000);
  });

  it('paces chat.postMessage to one message per second per channel', async () => {
    const at: number[] = [];
    // The moment each request leaves the sender, in virtual time.
    const timedFetch: typeof fetch = (input, init) => {
      at.push(clock.now());
      return fetch(input, init);
    };
    const client = api({ fetch: timedFetch });
    await Promise.all([post(client, 'C0TEAM'), post(client, 'C0TEAM'), post(client, 'C0TEAM')]);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(1000);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(1000);
  });

  it('lets an interactive call overtake queued bulk sends of the same method', async () => {
    const client = api({ limits: { 'chat.update': { perMinute: 60, burst: 1 } } });
    const bulk = Array.from({ length: 5 }, (_, i) =>
      client.call(auth, 'chat.update', { channel: 'D1', ts: `bulk.${i}`, text: 'x' }),
    );
    const click = client.call(
      auth,
      'chat.update',
      { channel: 'D1', ts: 'click', text: 'x' },
      { interactive: true },
    );
    await Promise.all([...bulk, click]);
    const order = slack.callsTo('chat.update').map((call) => call.params.ts);
    expect(order.indexOf('click')).toBeLessThanOrEqual(1);
  });

  it('keeps workspaces apart: one workspace’s 429s do not pause or slow another', async () => {
    const seen: string[] = [];
    let limitedA = 0;
    slack.on('chat.update', () => {
      const token = slack.calls.at(-1)?.token ?? '';
      seen.push(token);
      // Two in a row, so that the first workspace's rate is cut too.
      if (token !== 'xoxb-a' || limitedA === 2) return undefined;
      limitedA += 1;
      return [429, { ok: false, error: 'ratelimited' }, { 'retry-after': '30' }];
    });
    const client = api();
    const a = client.call({ teamId: 'TA', botToken: 'xoxb-a' }, 'chat.update', {
      channel: 'D',
      ts: '1',
      text: 'x',
    });
    await client.call({ teamId: 'TB', botToken: 'xoxb-b' }, 'chat.update', {
      channel: 'D',
      ts: '1',
      text: 'x',
    });
    await a;
    expect(seen).toEqual(['xoxb-a', 'xoxb-b', 'xoxb-a', 'xoxb-a']);
    expect(client.sender.rateOf('TA', 'chat.update')).toBeLessThan(50 / 60);
    expect(client.sender.rateOf('TB', 'chat.update')).toBeCloseTo(50 / 60);
  });

  it('gives queued work back as retryable on close', async () => {
    // A clock whose waits never end: the second call stays queued until close().
    const stuck = { now: () => 0, sleep: () => new Promise<void>(() => undefined) };
    const client = api({ clock: stuck, limits: { 'chat.update': { perMinute: 1, burst: 1 } } });
    const first = client.call(auth, 'chat.update', { channel: 'D1', ts: '1', text: 'x' });
    const second = client.call(auth, 'chat.update', { channel: 'D1', ts: '2', text: 'x' });
    await first;
    client.close();
    await expect(second).rejects.toMatchObject({ permanent: false });
  });
});

describe('the adaptive bucket', () => {
  it('pauses for Retry-After, slows down once per pause when 429s come in a row, holds, then creeps back up', () => {
    let now = 0;
    const bucket = new AdaptiveBucket({ ratePerSecond: 100, burst: 1, holdMs: 5000, creepShare: 0.1 }, now);
    bucket.onRateLimited(now, 1000);
    expect(bucket.reserve(now)).toBe(1000);
    expect(bucket.ratePerSecond).toBe(100); // one 429 alone may be chance: a pause, no cut
    now += 1000;
    bucket.onRateLimited(now, 1000); // the next request is refused too: the rate is too high
    bucket.onRateLimited(now + 5, 1000); // another request of the same burst: same pause, no second cut
    expect(bucket.reserve(now)).toBe(1005);
    expect(bucket.ratePerSecond).toBeCloseTo(85);
    now += 3000;
    bucket.onSuccess(now);
    expect(bucket.ratePerSecond).toBeCloseTo(85);
    now += 4000;
    bucket.onSuccess(now);
    expect(bucket.ratePerSecond).toBeCloseTo(95);
    now += 1000;
    bucket.onSuccess(now);
    expect(bucket.ratePerSecond).toBeCloseTo(100);
  });

  /** Sends `count` at the bucket's pace from `now`, all accepted; returns the time after the last. */
  const sendAccepted = (bucket: AdaptiveBucket, now: number, count: number): number => {
    for (let sent = 0; sent < count;) {
      const wait = bucket.reserve(now);
      if (wait > 0) now += wait;
      else {
        bucket.onSuccess(now);
        sent += 1;
      }
    }
    return now;
  };

  it('keeps its rate through 429s that each come after two seconds of accepted sends', () => {
    // chat.postMessage's 5 a second, the rate Slack just took: a 429 then says nothing about the rate.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 10, max: 200 }), { minLength: 1, maxLength: 40 }),
        (stretches) => {
          const bucket = new AdaptiveBucket({ ratePerSecond: 5, burst: 20 }, 0);
          let now = 0;
          for (const accepted of stretches) {
            now = sendAccepted(bucket, now, accepted);
            bucket.onRateLimited(now, 1000);
            expect(bucket.reserve(now)).toBe(1000); // the pause is kept all the same
            now += 1000;
          }
          expect(bucket.ratePerSecond).toBe(5);
        },
      ),
    );
  });

  it('slows down from the second of 429s that each come within a second of accepted sends', () => {
    const bucket = new AdaptiveBucket({ ratePerSecond: 5, burst: 20 }, 0);
    let now = 0;
    for (let i = 0; i < 3; i += 1) {
      now = sendAccepted(bucket, now, 4);
      bucket.onRateLimited(now, 1000);
      now += 1000;
    }
    expect(bucket.ratePerSecond).toBeCloseTo(5 * 0.85 ** 2);
  });

  it('one 429 in fifty sends at 5 a second: the lane still gets 80 % of the allowed sends through in 400 s', () => {
    // A fixed sequence of draws (a linear congruential generator), the same on every run.
    let seed = 7;
    const draw = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const bucket = new AdaptiveBucket({ ratePerSecond: 5, burst: 20 }, 0);
    let now = 0;
    let accepted = 0;
    while (now < 400_000) {
      const wait = bucket.reserve(now);
      if (wait > 0) now += wait;
      else if (draw() < 1 / 50) bucket.onRateLimited(now, 1000);
      else {
        bucket.onSuccess(now);
        accepted += 1;
      }
    }
    expect(accepted).toBeGreaterThan(0.8 * 5 * 400);
  });
});
