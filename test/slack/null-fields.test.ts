import './support/node20.ts';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, answerActionId, encodeAnswerValue } from '../../adapters/slack/render/action-ids.ts';
import { TOKEN } from './fixtures.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { buttonClick, eventCallback, formBody } from './support/slack-requests.ts';

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

type Payload = Record<string, unknown>;

/** Every listener kind, with a payload that would be stored or acted on if it were whole. */
const KINDS: Record<string, { payload: () => Payload; form: 'payload' | 'fields' | 'json' }> = {
  answer: {
    form: 'payload',
    payload: () =>
      buttonClick({
        actionId: answerActionId(0, 3),
        value: encodeAnswerValue({ t: TOKEN, s: 'st-1', v: 4 }),
      }),
  },
  comment: {
    form: 'payload',
    payload: () => buttonClick({ actionId: ACTION.comment, value: JSON.stringify({ t: TOKEN }) }),
  },
  nudge: {
    form: 'payload',
    payload: () => buttonClick({ actionId: ACTION.nudgeDidThis, value: 'nudge-post-1', channel: 'C0TEAM' }),
  },
  pause: {
    form: 'payload',
    payload: () => buttonClick({ actionId: ACTION.pause, value: 'pause' }),
  },
  submission: { form: 'payload', payload: commentSubmission },
  command: {
    form: 'fields',
    payload: () => ({
      team_id: 'T0001',
      channel_id: 'C0GENERAL',
      user_id: 'U_LEE',
      command: '/pulse',
      text: 'report',
      api_app_id: 'A0APP',
      response_url: 'https://hooks.slack.com/commands/T0001/1/xyz',
      trigger_id: '1.2.3',
    }),
  },
  joined: {
    form: 'json',
    payload: () =>
      eventCallback({ type: 'member_joined_channel', user: 'U_ANN', channel: 'C0TEAM', event_ts: '1.2' }),
  },
  revoked: {
    form: 'json',
    payload: () => eventCallback({ type: 'tokens_revoked', tokens: { bot: ['U0BOT'] }, event_ts: '1.2' }),
  },
  uninstalled: {
    form: 'json',
    payload: () => eventCallback({ type: 'app_uninstalled', event_ts: '1.2' }),
  },
  home: {
    form: 'json',
    payload: () => eventCallback({ type: 'app_home_opened', user: 'U_ANN', tab: 'home', event_ts: '1.2' }),
  },
};

function commentSubmission(): Payload {
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'example' },
    user: { id: 'U_ANN', username: 'ann', name: 'ann', team_id: 'T0001' },
    api_app_id: 'A0APP',
    trigger_id: '1.2.3',
    view: {
      id: 'V0001',
      type: 'modal',
      callback_id: 'pulse:comment',
      private_metadata: JSON.stringify({ t: TOKEN }),
      state: { values: { comment: { text: { type: 'plain_text_input', value: 'Hello' } } } },
    },
  };
}

/**
 * The paths whose value a listener relies on: each is set to null, then
 * removed. `a+b` changes both: the workspace is `team.id`, else `user.team_id`.
 */
const FIELDS: Record<string, string[]> = {
  answer: [
    'user',
    'user.id',
    'actions',
    'actions.0',
    'actions.0.action_id',
    'actions.0.value',
    'team+user.team_id',
    'type',
  ],
  comment: ['user', 'user.id', 'actions', 'actions.0', 'actions.0.value', 'team+user.team_id', 'type'],
  nudge: ['user', 'user.id', 'actions', 'actions.0', 'actions.0.value', 'team+user.team_id', 'type'],
  pause: ['user', 'user.id', 'actions', 'actions.0', 'team+user.team_id', 'type'],
  submission: [
    'user',
    'user.id',
    'view',
    'view.state',
    'view.state.values',
    'view.callback_id',
    'view.private_metadata',
    'team+user.team_id',
    'type',
  ],
  command: ['user_id', 'team_id', 'command', 'text', 'channel_id'],
  joined: ['event', 'event.channel', 'event.type', 'team_id', 'type'],
  revoked: ['event', 'event.tokens', 'event.tokens.bot', 'team_id', 'type'],
  uninstalled: ['event', 'event.type', 'team_id', 'type'],
  home: ['event', 'event.user', 'event.type', 'team_id', 'type'],
};

function mutate(payload: Payload, paths: string, how: 'null' | 'missing'): Payload {
  const copy = structuredClone(payload);
  for (const path of paths.split('+')) change(copy, path, how);
  return copy;
}

function change(copy: Payload, path: string, how: 'null' | 'missing'): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let at: Record<string, unknown> | undefined = copy;
  for (const key of keys) at = at?.[key] as Record<string, unknown> | undefined;
  if (!at) return;
  if (how === 'null') at[last] = null;
  else if (Array.isArray(at)) at.splice(Number(last), 1);
  else delete at[last];
}

function send(kind: (typeof KINDS)[string], payload: Payload): Promise<Response> {
  // Each delivery is a new event, so duplicate detection hides nothing.
  if (kind.form === 'json')
    return harness.post(JSON.stringify({ ...payload, event_id: `Ev${(events += 1)}` }), JSON_TYPE);
  if (kind.form === 'payload') return harness.post(formBody(payload), FORM);
  const fields = Object.entries(payload).filter(([, value]) => value !== null);
  return harness.post(new URLSearchParams(fields as [string, string][]).toString(), FORM);
}

describe('signed Slack payloads with null or missing fields', () => {
  const cases = Object.entries(FIELDS).flatMap(([kind, paths]) =>
    paths.flatMap((path) => (['null', 'missing'] as const).map((how) => ({ kind, path, how }))),
  );

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
