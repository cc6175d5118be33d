import './support/node20.ts';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.ts';
import { SlackChatPlatform } from '../../adapters/slack/platform/slack-chat-platform.ts';
import { SlackWebApi } from '../../adapters/slack/web-api/slack-web-api.ts';
import { pulseCard } from './fixtures.ts';
import { FakeClock } from './support/fake-clock.ts';
import { BOT_TOKEN, FakeSlackApi, SLACK_API_URL } from './support/fake-slack-api.ts';

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => nock.cleanAll());

/**
 * 300 keyed DMs at 5 a second allowed through 429s and 5xx (some after Slack
 * stored the message). None may go back to the job queue, whose back-off
 * (30 s first) made the tail of a storm: each is settled inside the sender.
 * (FakeClock adds up concurrent sleeps, so it cannot give the schedule's
 * length; that is measured with the stand-in, not asserted here.)
 */
it('a 429 and 5xx storm: 300 DMs, each exactly once, none given back to the job queue', async () => {
  const slack = new FakeSlackApi();
  slack.on('chat.postMessage', (params, call) => {
    if (call % 9 === 0) return [429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' }];
    if (call % 13 === 0) return [500, { ok: false, error: 'internal_error' }];
    if (call % 17 === 0) {
      slack.answer('chat.postMessage', params);
      return [503, { ok: false, error: 'service_unavailable' }];
    }
    return undefined;
  });
  const clock = new FakeClock();
  const api = new SlackWebApi({
    slackApiUrl: SLACK_API_URL,
    clock,
    limits: { 'chat.postMessage': { perMinute: 300, burst: 5 } },
  });
  const platform = new SlackChatPlatform({
    api,
    dmVia: 'user-id',
    resolveWorkspace: async () => ({ teamId: 'T0001', botToken: BOT_TOKEN }),
    log: createLogger('silent'),
  });
  const people = Array.from({ length: 300 }, (_, i) => `U${String(i).padStart(4, '0')}`);
  const results = await Promise.allSettled(
    people.map((user) =>
      platform.sendDirect({ organizationId: 'org-1', platformUserId: user }, pulseCard('en'), {
        key: `card-${user}`,
      }),
    ),
  );
  expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
  for (const user of people) expect(slack.stored.get(`D${user.slice(1)}`)).toHaveLength(1);
});
