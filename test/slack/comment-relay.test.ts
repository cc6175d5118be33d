import './support/node20.ts';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encodeCommentValue, RELAY_REPLY_ACTION } from '../../adapters/slack/render/action-ids.ts';
import { renderMessage } from '../../adapters/slack/render/render-message.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import type { SeededOrganization } from '../../src/app/seed-organization.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { tick } from '../../src/app/tick.ts';
import { t } from '../../src/messages/index.ts';
import type { MessageDocument, TeamReport } from '../../src/messages/types.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedSupportTeam } from '../support/support-team.ts';
import { replyIdIn } from '../support/relay-fixture.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';
import { buttonClick, formBody } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const MEMBERS = ['U_ANN', 'U_BOB', 'U_CAS', 'U_DEE', 'U_EVA', 'U_FIN', 'U_GUS'];
/** Ann and Bob allow replies, Cas does not. */
const COMMENTS = [
  { user: 'U_ANN', text: 'Handovers get lost on Fridays', allow: true },
  { user: 'U_BOB', text: 'Too many meetings this month', allow: true },
  { user: 'U_CAS', text: 'Customers noticed our new hours', allow: false },
];

/**
 * An anonymous conversation through Slack's real HTTP entry (signed requests
 * to /slack/events): the comment modal's "Allow replies", the leader's
 * "Reply" under a released comment, the writer's "Answer", each a modal
 * submitted to the bot, which relays by DM and never names the writer.
 */
describeEachDatabase('a conversation about a comment in Slack', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;
  let harness: Harness<PulseServices>;
  let slack: FakeSlackApi;
  let now = new Date('2026-11-23T08:00:00Z');
  const person = (user: string) => org.people[user] ?? '';
  const lastTo = (user: string): MessageDocument | undefined => app.platform.directTo(user).at(-1)?.document;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await appFixture(await database.fresh());
    org = await seedSupportTeam(app.ctx.db, MEMBERS);
    await tick(app.ctx, now);
    now = new Date('2026-11-24T09:00:00Z');
    await tick(app.ctx, now);
    const services = createPulseServices({ ...app.ctx, clock: { now: () => now } });
    slack = new FakeSlackApi();
    harness = await startHarness({ services, organizationId: org.organizationId });
    for (const user of MEMBERS) {
      const card = lastTo(user);
      if (card?.kind !== 'pulse-card') throw new Error(`no card for ${user}`);
      for (const item of card.items)
        await services.recordAnswer({
          personId: person(user),
          token: card.token,
          statementId: item.statementId,
          value: 4,
        });
      const comment = COMMENTS.find((c) => c.user === user);
      if (comment) {
        const submitted = await harness.post(formBody(commentSubmission(user, card.token, comment)), FORM);
        expect(submitted.status).toBe(200);
      }
    }
    now = new Date('2026-11-28T09:00:00Z');
    await tick(app.ctx, now);
  }, 180_000);

  afterAll(async () => {
    await harness.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('relays a reply and an answer through modals, and refuses someone else’s answer', async () => {
    const report = (await harness.services.teamReport(
      person('U_LEA'),
      org.teams.Support ?? '',
    )) as TeamReport;
    const buttons = renderMessage(report).blocks.flatMap((block) =>
      'accessory' in block &&
      block.accessory?.type === 'button' &&
      RELAY_REPLY_ACTION.test(block.accessory.action_id ?? '')
        ? [{ actionId: block.accessory.action_id ?? '', value: block.accessory.value }]
        : [],
    );
    // Each comment's "Reply" has its own action id: Slack needs them unique within a message.
    expect(new Set(buttons.map((button) => button.actionId)).size).toBe(2);
    const id = replyIdIn(report, 'Handovers get lost on Fridays');
    const button = buttons.find((candidate) => candidate.value === id);
    if (!button) throw new Error('expected a Reply under the comment');

    const click = buttonClick({ actionId: button.actionId, value: id, user: 'U_LEA', channel: 'D0LEA' });
    expect((await harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => slack.callsTo('views.open').length === 1, 10_000);
    const form = JSON.parse(slack.callsTo('views.open')[0]?.params.view ?? '{}') as {
      callback_id: string;
      private_metadata: string;
    };
    expect(form).toMatchObject({ callback_id: 'relay:reply', private_metadata: id });

    const replied = await harness.post(formBody(relaySubmission('U_LEA', form, 'Which handovers?')), FORM);
    expect(JSON.stringify(await replied.json())).toContain(t('en', 'relay.sent'));
    const relayed = lastTo('U_ANN');
    if (relayed?.kind !== 'relay') throw new Error('expected the reply in Ann’s DM');
    expect(relayed.text).toBe('Which handovers?');
    expect(JSON.stringify(renderMessage(relayed).blocks)).toContain('"action_id":"relay:answer"');

    const thread = { callback_id: 'relay:answer', private_metadata: relayed.respond.id };
    const answered = await harness.post(
      formBody(relaySubmission('U_ANN', thread, 'The Friday late shift')),
      FORM,
    );
    expect(JSON.stringify(await answered.json())).toContain(t('en', 'relay.answered'));
    const toLeader = lastTo('U_LEA');
    if (toLeader?.kind !== 'relay') throw new Error('expected the answer in Lea’s DM');
    expect(toLeader.text).toBe('The Friday late shift');
    const seen = JSON.stringify([toLeader, renderMessage(toLeader)]);
    expect(['U_ANN', 'Ann', person('U_ANN')].filter((identity) => seen.includes(identity))).toEqual([]);

    const foreign = await harness.post(formBody(relaySubmission('U_BOB', thread, 'Me too')), FORM);
    expect(JSON.stringify(await foreign.json())).toContain(t('en', 'relay.notYours'));
  });
});

function commentSubmission(user: string, token: string, comment: { text: string; allow: boolean }) {
  return viewSubmission(user, 'pulse:comment', encodeCommentValue({ t: token }), {
    comment: { text: { type: 'plain_text_input', value: comment.text } },
    'allow-replies': {
      allow: {
        type: 'checkboxes',
        selected_options: comment.allow
          ? [{ value: 'allow', text: { type: 'plain_text', text: 'Allow' } }]
          : [],
      },
    },
  });
}

function relaySubmission(
  user: string,
  form: { callback_id: string; private_metadata: string },
  text: string,
) {
  return viewSubmission(user, form.callback_id, form.private_metadata, {
    relay: { text: { type: 'plain_text_input', value: text } },
  });
}

function viewSubmission(user: string, callbackId: string, privateMetadata: string, values: object) {
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'example' },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0001' },
    api_app_id: 'A0APP',
    trigger_id: '1.2.3',
    view: {
      id: 'V0001',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: { values },
    },
  };
}
