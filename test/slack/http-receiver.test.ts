import './support/node20.ts';
import { describe, expect, it } from 'vitest';
import { PulseError } from '../../src/errors.ts';
import { notice } from '../../src/messages/index.ts';
import {
  ACTION,
  answerActionId,
  decodeAnswerValue,
  encodeAnswerValue,
} from '../../adapters/slack/render/action-ids.ts';
import { TOKEN } from './fixtures.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { eventually, useHarness } from './support/harness.ts';
import { buttonClick, eventCallback, formBody, viewSubmission } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const suite = useHarness();

const answerClick = (value: number | null = 4, statementId = 'lead.role-model') =>
  formBody(
    buttonClick({
      actionId: answerActionId(1, 3),
      value: encodeAnswerValue({ t: TOKEN, s: statementId, v: value }),
    }),
  );

describe('the Slack HTTP receiver on a real server', () => {
  it('answers the url_verification challenge', async () => {
    const body = JSON.stringify({
      token: 'x',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const response = await suite.harness.post(body, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
    });
  });

  it('refuses a forged signature with 401 and changes nothing', async () => {
    const response = await suite.harness.post(answerClick(), FORM, { secret: 'not-the-signing-secret' });
    expect(response.status).toBe(401);
    expect(suite.harness.services.log).toEqual([]);
    expect(suite.slack.calls).toEqual([]);
  });

  it('refuses a request older than five minutes with 401 and changes nothing', async () => {
    const response = await suite.harness.post(answerClick(), FORM, {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(response.status).toBe(401);
    expect(suite.harness.services.log).toEqual([]);
    expect(suite.slack.calls).toEqual([]);
  });

  it('refuses unsigned requests', async () => {
    const response = await fetch(`${suite.harness.url}/slack/events`, {
      method: 'POST',
      body: answerClick(),
      headers: { 'content-type': FORM },
    });
    expect(response.status).toBe(401);
  });

  it.each([
    ['broken JSON', '{"type": "event_callback", ', JSON_TYPE],
    ['a JSON array', '[1,2,3]', JSON_TYPE],
    ['a broken payload field', 'payload=%7Bnot-json', FORM],
    ['an empty form', '', FORM],
    ['an unknown content type', 'hello', 'text/plain'],
  ])('answers 400 to %s, without crashing', async (_, body, type) => {
    const response = await suite.harness.post(body, type);
    expect(response.status).toBe(400);
    expect(suite.harness.services.log).toEqual([]);
    // still serving
    const again = await suite.harness.post(
      JSON.stringify({ type: 'url_verification', challenge: 'c' }),
      JSON_TYPE,
    );
    expect(again.status).toBe(200);
  });

  it('refuses bodies over the size limit with 413', async () => {
    const response = await suite.harness.post(`payload=${'x'.repeat(1024 * 1024 + 10)}`, FORM);
    expect(response.status).toBe(413);
  });
});

describe('answer buttons through the receiver', () => {
  it('stores the answer, then acks, then updates the card with chat.update', async () => {
    const order: string[] = [];
    const original = suite.harness.receiver.handle.bind(suite.harness.receiver);
    suite.harness.receiver.handle = async (request) => {
      const response = await original(request);
      order.push('acked');
      return response;
    };
    suite.slack.on('chat.update', () => {
      order.push('chat.update');
      return undefined;
    });
    const recordAnswer = suite.harness.services.recordAnswer.bind(suite.harness.services);
    suite.harness.services.recordAnswer = async (input) => {
      const card = await recordAnswer(input);
      order.push('stored');
      return card;
    };

    const response = await suite.harness.post(answerClick(4), FORM);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(suite.harness.services.answers).toEqual([
      { personId: 'person-ann', token: TOKEN, statementId: 'lead.role-model', value: 4 },
    ]);

    await eventually(() => suite.slack.callsTo('chat.update').length === 1);
    expect(order).toEqual(['stored', 'acked', 'chat.update']);
    const update = suite.slack.callsTo('chat.update')[0]!;
    expect(update.token).toBe('xoxb-test-token');
    expect(update.params.channel).toBe('D0ANN');
    expect(update.params.ts).toBe('1700000000.000100');
    const buttons = (
      FakeSlackApi.blocks(update) as { type: string; elements?: { style?: string; value?: string }[] }[]
    )
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? []);
    const selected = buttons
      .filter((button) => button.style === 'primary')
      .map((button) => decodeAnswerValue(button.value));
    expect(selected).toContainEqual({ t: TOKEN, s: 'lead.role-model', v: 4 });
  });

  it('stores "don\'t know" as null', async () => {
    await suite.harness.post(answerClick(null), FORM);
    expect(suite.harness.services.answers[0]?.value).toBeNull();
  });

  it('tells the person why an answer was refused, ephemerally, and leaves the card alone', async () => {
    suite.harness.services.answerError = new PulseError(
      'round_closed',
      'This round has closed; your answer was not saved.',
    );
    const response = await suite.harness.post(answerClick(), FORM);
    expect(response.status).toBe(200);
    await eventually(() => suite.slack.callsTo('chat.postEphemeral').length === 1);
    const ephemeral = suite.slack.callsTo('chat.postEphemeral')[0]!;
    expect(ephemeral.params).toMatchObject({
      channel: 'D0ANN',
      user: 'U_ANN',
      text: notice('round-closed', 'en').text,
    });
    expect(suite.slack.callsTo('chat.update')).toEqual([]);
  });

  it('answers an unknown person and a tampered button with a helpful ephemeral message', async () => {
    const stranger = formBody(
      buttonClick({
        actionId: answerActionId(0, 0),
        value: encodeAnswerValue({ t: TOKEN, s: 's', v: 1 }),
        user: 'U_NOBODY',
      }),
    );
    expect((await suite.harness.post(stranger, FORM)).status).toBe(200);
    const tampered = formBody(
      buttonClick({ actionId: answerActionId(0, 0), value: '{"t":"x","s":"y","v":99}' }),
    );
    expect((await suite.harness.post(tampered, FORM)).status).toBe(200);
    await eventually(() => suite.slack.callsTo('chat.postEphemeral').length === 2);
    const texts = suite.slack.callsTo('chat.postEphemeral').map((call) => call.params.text);
    expect(texts).toContain(notice('not-member', 'en').text);
    expect(texts).toContain(notice('link-expired', 'en').text);
    expect(suite.harness.services.answers).toEqual([]);
  });
});

describe('comments', () => {
  it('opens the modal with views.open and stores the submission before answering', async () => {
    const click = buttonClick({ actionId: ACTION.comment, value: JSON.stringify({ t: TOKEN }) });
    expect((await suite.harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => suite.slack.callsTo('views.open').length === 1);
    const open = suite.slack.callsTo('views.open')[0]!;
    expect(open.params.trigger_id).toBe(click.trigger_id);
    const view = JSON.parse(open.params.view!) as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('pulse:comment');

    const submission = (text: string) =>
      viewSubmission({
        callbackId: 'pulse:comment',
        privateMetadata: view.private_metadata,
        values: { comment: { text: { type: 'plain_text_input', value: text } } },
      });
    const response = await suite.harness.post(formBody(submission('More time for customers, please.')), FORM);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { response_action: string; view: { blocks: unknown[] } };
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view.blocks)).toContain('Thanks, your comment is saved anonymously.');
    expect(suite.harness.services.comments).toEqual([
      { personId: 'person-ann', token: TOKEN, text: 'More time for customers, please.', allowReplies: false },
    ]);

    const refused = await suite.harness.post(formBody(submission('x'.repeat(600))), FORM);
    expect(await refused.json()).toEqual({
      response_action: 'errors',
      errors: { comment: 'Please keep your comment under 500 characters.' },
    });
  });
});

describe('nudge feedback', () => {
  it('records the feedback, updates the post and thanks the person', async () => {
    const click = buttonClick({
      actionId: ACTION.nudgeDidThis,
      value: 'nudge-post-1',
      channel: 'C0TEAM',
      ts: '1700000500.000100',
    });
    expect((await suite.harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => suite.slack.callsTo('chat.postEphemeral').length === 1);
    expect(suite.harness.services.feedback).toEqual([
      { postId: 'nudge-post-1', personId: 'person-ann', kind: 'did-this' },
    ]);
    expect(suite.slack.callsTo('chat.update')[0]?.params).toMatchObject({
      channel: 'C0TEAM',
      ts: '1700000500.000100',
    });
    expect(suite.slack.callsTo('chat.postEphemeral')[0]?.params.text).toBe('Thanks for the feedback!');
  });
});

describe('events', () => {
  it('processes an event once: a retry of the same event_id is acked without reprocessing', async () => {
    const body = JSON.stringify(eventCallback({ type: 'app_uninstalled' }, 'Ev0UNINSTALL'));
    expect((await suite.harness.post(body, JSON_TYPE)).status).toBe(200);
    expect((await suite.harness.post(body, JSON_TYPE, { retryNum: 1 })).status).toBe(200);
    expect((await suite.harness.post(body, JSON_TYPE, { retryNum: 2 })).status).toBe(200);
    await eventually(() => suite.harness.uninstalled.length >= 1);
    await suite.harness.receiver.stop();
    expect(suite.harness.uninstalled).toEqual([
      { reason: 'app_uninstalled', teamId: 'T0001', enterpriseId: undefined },
    ]);
  });

  it('treats revoked bot tokens as an uninstall, and ignores revoked user tokens', async () => {
    const userOnly = eventCallback({ type: 'tokens_revoked', tokens: { oauth: ['U_ANN'], bot: [] } }, 'Ev1');
    const bot = eventCallback({ type: 'tokens_revoked', tokens: { oauth: [], bot: ['U0BOT'] } }, 'Ev2');
    await suite.harness.post(JSON.stringify(userOnly), JSON_TYPE);
    await suite.harness.post(JSON.stringify(bot), JSON_TYPE);
    await suite.harness.receiver.stop();
    expect(suite.harness.uninstalled).toEqual([
      { reason: 'tokens_revoked', teamId: 'T0001', enterpriseId: undefined },
    ]);
  });

  it('syncs a team when someone joins its channel: bots, deactivated users and guests left out', async () => {
    suite.slack.on('conversations.members', (params) =>
      params.cursor
        ? [200, { ok: true, members: ['U_GUEST', 'U_GONE'], response_metadata: { next_cursor: '' } }]
        : [
            200,
            {
              ok: true,
              members: ['U_ANN', 'U_NEW', 'U0BOT'],
              response_metadata: { next_cursor: 'dXNlcjpVMEc5V0ZYTlo=' },
            },
          ],
    );
    const users: Record<string, object> = {
      U_ANN: {
        id: 'U_ANN',
        name: 'ann',
        tz: 'Europe/Amsterdam',
        locale: 'nl-NL',
        profile: { display_name: 'Ann', real_name: 'Ann de Vries' },
      },
      U_NEW: {
        id: 'U_NEW',
        name: 'new',
        tz: 'America/New_York',
        locale: 'en-US',
        profile: { display_name: '', real_name: 'New Person' },
      },
      U0BOT: { id: 'U0BOT', name: 'pulse', is_bot: true, profile: {} },
      U_GUEST: { id: 'U_GUEST', name: 'guest', is_restricted: true, profile: { real_name: 'Guest' } },
      U_GONE: { id: 'U_GONE', name: 'gone', deleted: true, profile: { real_name: 'Gone' } },
    };
    suite.slack.on('users.info', (params) => [200, { ok: true, user: users[params.user!] }]);

    const event = eventCallback(
      {
        type: 'member_joined_channel',
        user: 'U_NEW',
        channel: 'C0TEAM',
        channel_type: 'C',
        team: 'T0001',
        event_ts: '1700000000.1',
      },
      'Ev0JOIN',
    );
    expect((await suite.harness.post(JSON.stringify(event), JSON_TYPE)).status).toBe(200);
    await eventually(() => suite.harness.services.synced.length === 1);
    expect(suite.harness.services.synced[0]).toEqual({
      teamId: 'team-1',
      members: [
        { platformUserId: 'U_ANN', displayName: 'Ann', timeZone: 'Europe/Amsterdam', locale: 'nl' },
        { platformUserId: 'U_NEW', displayName: 'New Person', timeZone: 'America/New_York', locale: 'en' },
      ],
    });
  });

  it('ignores channels that are no team’s source', async () => {
    const event = eventCallback(
      { type: 'member_left_channel', user: 'U_ANN', channel: 'C0RANDOM', channel_type: 'C', team: 'T0001' },
      'Ev0LEFT',
    );
    await suite.harness.post(JSON.stringify(event), JSON_TYPE);
    await suite.harness.receiver.stop();
    expect(suite.harness.services.synced).toEqual([]);
    expect(suite.slack.calls).toEqual([]);
  });

  it('publishes App Home: a leader sees their team report summary and the dashboard link', async () => {
    const event = eventCallback(
      { type: 'app_home_opened', user: 'U_LEE', channel: 'D0LEE', tab: 'home', event_ts: '1.2' },
      'Ev0HOME',
    );
    await suite.harness.post(JSON.stringify(event), JSON_TYPE);
    await eventually(() => suite.slack.callsTo('views.publish').length === 1);
    const call = suite.slack.callsTo('views.publish')[0]!;
    expect(call.params.user_id).toBe('U_LEE');
    const view = JSON.stringify(JSON.parse(call.params.view!));
    expect(view).toContain('"type":"home"');
    expect(view).toContain('Support \u0026amp; Service');
    expect(view).toContain('https://pulse.example.com/dashboard');
    expect(view).toContain('You answered 3 of the last 4 pulses.');
  });

  it('publishes App Home for HR with the organisation overview', async () => {
    const event = eventCallback(
      { type: 'app_home_opened', user: 'U_HANA', channel: 'D0HANA', tab: 'home' },
      'Ev0HOMEHR',
    );
    await suite.harness.post(JSON.stringify(event), JSON_TYPE);
    await eventually(() => suite.slack.callsTo('views.publish').length === 1);
    expect(suite.slack.callsTo('views.publish')[0]!.params.view).toContain('Organisatie-overzicht');
  });
});
