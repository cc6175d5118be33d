import './support/node20.ts';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSocketModeReceiver } from '../../adapters/slack/create-slack-app.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { KINDS, mutate, nullFieldCases, type Payload } from './support/null-payloads.ts';

/** What the Socket Mode client hands its `slack_event` listeners for one envelope, as it parses Slack's. */
interface SocketEnvelope {
  readonly ack: (response?: unknown) => Promise<void>;
  readonly envelope_id: string;
  readonly body: Payload;
  readonly retry_num: number | undefined;
  readonly retry_reason: string | undefined;
}

/**
 * The same null and missing fields as test/slack/null-fields.test.ts, sent
 * the way Socket Mode delivers them: the envelope's payload handed to the
 * receiver's `slack_event` listener, as the Socket Mode client does for
 * each message from Slack's WebSocket. Each is acknowledged (so Slack does
 * not send it again) and none reaches a use case or throws.
 */
describe('Socket Mode payloads with null or missing fields', () => {
  let harness: Harness;
  const receiver = createSocketModeReceiver({ appToken: 'xapp-1-A0APP-1-abc', log: createLogger('silent') });
  let envelopes = 0;
  const deliver = async (body: Payload): Promise<{ acked: boolean; thrown: unknown }> => {
    let acked = false;
    const envelope: SocketEnvelope = {
      ack: async () => {
        acked = true;
      },
      envelope_id: `env-${(envelopes += 1)}`,
      // Each delivery is a new event, so duplicate detection hides nothing.
      body: body.type === 'event_callback' ? { ...body, event_id: `Ev${envelopes}` } : body,
      retry_num: undefined,
      retry_reason: undefined,
    };
    const listeners = receiver.client.listeners('slack_event') as ((e: SocketEnvelope) => Promise<void>)[];
    try {
      for (const listener of listeners) await listener(envelope);
      return { acked, thrown: undefined };
    } catch (error) {
      return { acked, thrown: error };
    }
  };

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    new FakeSlackApi()
      .on('conversations.members', () => [
        200,
        { ok: true, members: ['U_ANN'], response_metadata: { next_cursor: '' } },
      ])
      .on('users.info', (params) => [
        200,
        { ok: true, user: { id: params.user, name: 'ann', tz: 'Europe/Amsterdam' } },
      ]);
    harness = await startHarness({ boltReceiver: receiver });
  });
  afterAll(async () => {
    await harness.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it(`acknowledges every one without a throw and stores nothing (${nullFieldCases().length} payloads)`, async () => {
    const failures: string[] = [];
    for (const { kind, path, how } of nullFieldCases()) {
      const { acked, thrown } = await deliver(mutate(KINDS[kind]!.payload(), path, how));
      if (thrown !== undefined || !acked)
        failures.push(`${kind} ${path} ${how}: ${String(thrown ?? 'not acked')}`);
    }
    expect(failures).toEqual([]);
    const { services, uninstalled } = harness;
    expect({
      answers: services.answers,
      comments: services.comments,
      feedback: services.feedback,
      synced: services.synced,
      uninstalled,
    }).toEqual({ answers: [], comments: [], feedback: [], synced: [], uninstalled: [] });
  });

  it('lets the whole payloads through to the listeners', async () => {
    for (const spec of Object.values(KINDS)) expect((await deliver(spec.payload())).thrown).toBeUndefined();
    expect(harness.services.answers).toHaveLength(1);
  });
});
