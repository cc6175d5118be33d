import './support/node20.ts';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformSendError } from '../../src/app/ports.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { memoryDmChannelCache } from '../../adapters/slack/platform/dm-channels.ts';
import { SlackChatPlatform } from '../../adapters/slack/platform/slack-chat-platform.ts';
import { SlackWebApi } from '../../adapters/slack/web-api/slack-web-api.ts';
import { pulseCard } from './fixtures.ts';
import { FakeClock } from './support/fake-clock.ts';
import { BOT_TOKEN, FakeSlackApi } from './support/fake-slack-api.ts';

const ORG = 'org-1';
const ann = { organizationId: ORG, platformUserId: 'U_ANN' };
/**
 * The first try's wait, after which its reply is lost: long enough for the
 * request to reach the stand-in on a loaded machine (the stand-in then holds
 * its reply until the client has given up, so no race decides the outcome).
 */
const TIMEOUT_MS = 1000;
/** Every other call's wait: long enough for a loaded machine, never reached when the stand-in answers. */
const PATIENT_MS = 5000;
let slack: FakeSlackApi;

let server: { url: string; close: () => Promise<void> };

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
beforeEach(async () => {
  slack = new FakeSlackApi();
  // On a loopback port: a reply that outlasts the client's timeout needs a real socket.
  server = await slack.listen();
});
afterEach(async () => {
  await server.close();
  nock.cleanAll();
});

type PlatformOptions = Partial<ConstructorParameters<typeof SlackChatPlatform>[0]>;

function platform(options: PlatformOptions = {}, timeoutMs = PATIENT_MS) {
  const api = new SlackWebApi({ slackApiUrl: server.url, clock: new FakeClock(), timeoutMs });
  return new SlackChatPlatform({
    api,
    resolveWorkspace: async (org) => (org === ORG ? { teamId: 'T0001', botToken: BOT_TOKEN } : undefined),
    log: createLogger('silent'),
    ...options,
  });
}

/**
 * Two runs of the same job: the first gives up after TIMEOUT_MS (its reply is
 * lost), the retry waits as long as it takes. They share what the bot knows of
 * DM channels, as one process would.
 */
function runs(options: PlatformOptions = {}) {
  const dmChannels = memoryDmChannelCache();
  return {
    first: platform({ dmChannels, ...options }, TIMEOUT_MS),
    retry: platform({ dmChannels, ...options }),
  };
}

/** Opened when the first try has given up: the late reply of firstPostAnswersLate waits for it. */
let firstTryOver: () => void = () => undefined;

/** The first chat.postMessage is stored by "Slack" (or not), but answered only after the client gave up. */
function firstPostAnswersLate(stored: boolean) {
  const over = new Promise<void>((resolve) => (firstTryOver = resolve));
  slack.on('chat.postMessage', async (params, call) => {
    if (call !== 1) return undefined;
    const reply = stored ? slack.answer('chat.postMessage', params) : undefined;
    await over;
    return reply ?? [500, { ok: false, error: 'internal_error' }];
  });
}

async function timedOut(send: Promise<unknown>): Promise<PlatformSendError> {
  const error = await send.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  firstTryOver();
  expect(error).toBeInstanceOf(PlatformSendError);
  return error as PlatformSendError;
}

describe('a keyed DM whose reply was lost is not sent twice', () => {
  it('marks the message with its send key in metadata, nothing else', async () => {
    await platform().sendDirect(ann, pulseCard('en'), { key: 'k-1' });
    const post = slack.callsTo('chat.postMessage')[0]!;
    expect(JSON.parse(post.params.metadata ?? '{}')).toEqual({
      event_type: 'pulse_send',
      event_payload: { key: 'k-1' },
    });
  });

  it('a postMessage stored but answered after the timeout: the retry finds it in history and does not post again', async () => {
    firstPostAnswersLate(true);
    const { first, retry } = runs();
    const failure = await timedOut(first.sendDirect(ann, pulseCard('en'), { key: 'k-1' }));
    expect(failure.permanent).toBe(false);
    // The job runner waits as long as the lost reply could still take before it tries again.
    expect(failure.retryAfterMs).toBe(TIMEOUT_MS);

    const ref = await retry.sendDirect(ann, pulseCard('en'), { key: 'k-1', triedBefore: true });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.stored.get('D_ANN')).toHaveLength(1);
    const earlier = slack.stored.get('D_ANN')![0]!;
    expect(ref.platform.ts).toBe(earlier.ts);
    expect(ref.platform.channel).toBe('D_ANN');
    const history = slack.callsTo('conversations.history')[0]!;
    expect(history.params).toMatchObject({ channel: 'D_ANN', include_all_metadata: 'true' });
    // The found message is given this try's content (a newer card token, say).
    expect(slack.callsTo('chat.update')[0]?.params).toMatchObject({ channel: 'D_ANN', ts: earlier.ts });
  });

  it('a postMessage that really failed is still sent on the retry', async () => {
    firstPostAnswersLate(false);
    const { first, retry } = runs();
    await timedOut(first.sendDirect(ann, pulseCard('en'), { key: 'k-1' }));

    const ref = await retry.sendDirect(ann, pulseCard('en'), { key: 'k-1', triedBefore: true });
    expect(slack.callsTo('conversations.history')).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.stored.get('D_ANN')).toHaveLength(1);
    expect(ref.platform.ts).toBe(slack.stored.get('D_ANN')![0]!.ts);
  });

  it('a workspace installed without im:history still gets the DM on the retry: nothing is lost', async () => {
    firstPostAnswersLate(false);
    slack.on('conversations.history', () => [
      200,
      { ok: false, error: 'missing_scope', needed: 'im:history' },
    ]);
    const { first, retry } = runs();
    await timedOut(first.sendDirect(ann, pulseCard('en'), { key: 'k-1' }));

    await retry.sendDirect(ann, pulseCard('en'), { key: 'k-1', triedBefore: true });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.stored.get('D_ANN')).toHaveLength(1);
  });

  it('another send to the same person is not mistaken for the lost one', async () => {
    const slackPlatform = platform();
    await slackPlatform.sendDirect(ann, pulseCard('en'), { key: 'card' });
    await slackPlatform.sendDirect(ann, pulseCard('en'), { key: 'reminder', triedBefore: true });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.callsTo('chat.update')).toHaveLength(0);
  });

  it('posting to the user id, the lookup opens the DM to read its history', async () => {
    firstPostAnswersLate(true);
    const { first, retry } = runs({ dmVia: 'user-id' });
    await timedOut(first.sendDirect(ann, pulseCard('en'), { key: 'k-1' }));
    await retry.sendDirect(ann, pulseCard('en'), { key: 'k-1', triedBefore: true });
    expect(slack.callsTo('conversations.open')).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a 5xx after Slack stored the message: found at once, in the same call, without a second post', async () => {
    slack.on('chat.postMessage', (params, call) => {
      if (call !== 1) return undefined;
      slack.answer('chat.postMessage', params);
      return [500, { ok: false, error: 'internal_error' }];
    });
    const ref = await platform().sendDirect(ann, pulseCard('en'), { key: 'k-1' });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(ref.platform.ts).toBe(slack.stored.get('D_ANN')![0]!.ts);
  });

  it('a 5xx that stored nothing: sent again in the same call, once', async () => {
    slack.on('chat.postMessage', (_params, call) =>
      call === 1 ? [503, { ok: false, error: 'service_unavailable' }] : undefined,
    );
    await platform().sendDirect(ann, pulseCard('en'), { key: 'k-1' });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.stored.get('D_ANN')).toHaveLength(1);
  });

  it('without a key, a 5xx postMessage is still given back to the caller, not repeated', async () => {
    slack.on('chat.postMessage', () => [500, { ok: false, error: 'internal_error' }]);
    const failure = await timedOut(platform().sendDirect(ann, pulseCard('en')));
    expect(failure.permanent).toBe(false);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
