import './support/node20.ts';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closedCard, nudgePost, pulseCard, teamReport } from './fixtures.ts';
import { ORG } from './support/fake-services.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';
import { buttonClick, formBody } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
let harness: Harness;
let slack: FakeSlackApi;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
beforeEach(async () => {
  slack = new FakeSlackApi();
  harness = await startHarness({
    chartPng: async (doc) => (doc.kind === 'team-report' ? new Uint8Array([137, 80, 78, 71]) : undefined),
  });
  nock('https://files.slack.test').persist().post(/.*/).reply(200, 'OK');
});
afterEach(async () => {
  await harness.close();
  nock.cleanAll();
});

type Block = {
  type: string;
  block_id?: string;
  elements?: { action_id?: string; value?: string; style?: string }[];
};

describe('a full round in Slack, through the real receiver with the Web API faked', () => {
  it('DM, answer, reminder, close, leader report with chart, nudge with feedback', async () => {
    const { platform } = harness;
    const fresh = pulseCard('en');
    const card = {
      ...fresh,
      items: fresh.items.map(({ selected: _selected, ...item }) => item),
      progress: { answered: 0, total: 4, label: '0 of 4 answered' },
    };

    // 1. The pulse DM.
    const ref = await platform.sendDirect({ organizationId: ORG, platformUserId: 'U_ANN' }, card);
    const dm = String(ref.platform.channel);
    const posted = FakeSlackApi.blocks(slack.callsTo('chat.postMessage')[0]) as Block[];
    const firstButton = posted.find((block) => block.type === 'actions')!.elements![3]!;

    // 2. Ann taps "Agree" on the first statement: stored, acked, card updated in place.
    const click = buttonClick({
      actionId: firstButton.action_id!,
      value: firstButton.value!,
      channel: dm,
      ts: String(ref.platform.ts),
    });
    expect((await harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => slack.callsTo('chat.update').length === 1);
    expect(harness.services.answers).toEqual([
      { personId: 'person-ann', token: card.token, statementId: 'uc.customers-expectations', value: 4 },
    ]);
    const updated = FakeSlackApi.blocks(slack.callsTo('chat.update')[0]) as Block[];
    expect(updated.find((block) => block.block_id === 'pulse:answers:0:0')!.elements![3]!.style).toBe(
      'primary',
    );

    // 3. The reminder: the same card with a banner, updated in place.
    await platform.update(ref, { ...card, banner: 'Two days left to answer.' });
    // 4. The round closes: banner, no buttons.
    await platform.update(ref, closedCard('en'));
    const closed = FakeSlackApi.blocks(slack.callsTo('chat.update')[2]) as Block[];
    expect(closed.some((block) => block.type === 'actions')).toBe(false);

    // 5. The leader's report by DM, with its chart.
    await platform.sendDirect({ organizationId: ORG, platformUserId: 'U_LEE' }, teamReport('en'));
    // 6. The nudge in the team's channel, and feedback on it.
    const nudgeRef = await platform.post({ organizationId: ORG, channelId: 'C0TEAM' }, nudgePost('en'));
    const feedback = buttonClick({
      actionId: 'nudge:did-this',
      value: 'nudge-post-1',
      channel: 'C0TEAM',
      ts: String(nudgeRef.platform.ts),
      user: 'U_LEE',
    });
    expect((await harness.post(formBody(feedback), FORM)).status).toBe(200);
    await eventually(() => slack.callsTo('chat.postEphemeral').length === 1);

    expect(
      slack.calls.map(
        (call) =>
          `${call.method} ${call.params.channel ?? call.params.channel_id ?? call.params.users ?? ''}`,
      ),
    ).toEqual([
      'conversations.open U_ANN',
      `chat.postMessage ${dm}`,
      `chat.update ${dm}`,
      `chat.update ${dm}`,
      `chat.update ${dm}`,
      'conversations.open U_LEE',
      'chat.postMessage D_LEE',
      'files.getUploadURLExternal ',
      'files.completeUploadExternal D_LEE',
      'chat.postMessage C0TEAM',
      'chat.update C0TEAM',
      'chat.postEphemeral C0TEAM',
    ]);
    expect(harness.services.feedback).toEqual([
      { postId: 'nudge-post-1', personId: 'person-lee', kind: 'did-this' },
    ]);
    expect(slack.calls.every((call) => call.token === 'xoxb-test-token')).toBe(true);
  });
});
