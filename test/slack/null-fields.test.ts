import './support/node20.ts';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { KINDS, mutate, nullFieldCases, type Payload } from './support/null-payloads.ts';
import { formBody } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
let harness: Harness;
let events = 0;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
beforeEach(async () => {
  new FakeSlackApi()
    .on('conversations.members', () => [
      200,
      { ok: true, members: ['U_ANN'], response_metadata: { next_cursor: '' } },
    ])
    .on('users.info', (params) => [
      200,
      { ok: true, user: { id: params.user, name: 'ann', real_name: 'Ann', tz: 'Europe/Amsterdam' } },
    ]);
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
  nock.cleanAll();
});

function send(kind: (typeof KINDS)[string], payload: Payload): Promise<Response> {
  // Each delivery is a new event, so duplicate detection hides nothing.
  if (kind.form === 'json')
    return harness.post(JSON.stringify({ ...payload, event_id: `Ev${(events += 1)}` }), JSON_TYPE);
  if (kind.form === 'payload') return harness.post(formBody(payload), FORM);
  const fields = Object.entries(payload).filter(([, value]) => value !== null);
  return harness.post(new URLSearchParams(fields as [string, string][]).toString(), FORM);
}

describe('signed Slack payloads with null or missing fields', () => {
  const cases = nullFieldCases();

  it(`never answer 500 and store nothing (${cases.length} payloads)`, async () => {
    const failures: string[] = [];
    for (const { kind, path, how } of cases) {
      const spec = KINDS[kind]!;
      const response = await send(spec, mutate(spec.payload(), path, how));
      if (response.status >= 500) failures.push(`${kind} ${path} ${how}: ${response.status}`);
    }
    await harness.receiver.stop();
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

  it('the whole payloads do reach the bot (the fields above are what it relies on)', async () => {
    for (const spec of Object.values(KINDS)) expect((await send(spec, spec.payload())).status).toBe(200);
    await harness.receiver.stop();
    expect(harness.services.answers).toHaveLength(1);
    expect(harness.services.comments).toHaveLength(1);
    expect(harness.services.feedback).toHaveLength(1);
    expect(harness.services.synced).toHaveLength(1);
    expect(harness.uninstalled).toHaveLength(2);
  });
});
