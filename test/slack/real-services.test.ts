import './support/node20.ts';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import type { SeededOrganization } from '../../src/app/seed-organization.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { tick } from '../../src/app/tick.ts';
import { notice } from '../../src/messages/index.ts';
import type { PulseCard } from '../../src/messages/types.ts';
import { ANSWER_ACTION, decodeAnswerValue } from '../../adapters/slack/render/action-ids.ts';
import { blockKitViolations, viewViolations } from '../../adapters/slack/render/block-kit-limits.ts';
import { renderPulseCard } from '../../adapters/slack/render/pulse-card.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedSupportTeam } from '../support/support-team.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';
import { buttonClick, eventCallback, formBody, slashCommand } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
type Button = { action_id?: string; value?: string; style?: string };
type Block = { type: string; elements?: Button[] };

/**
 * The Slack adapter on the real use cases and a real database: cards the
 * engine sends render within Block Kit's limits, and a click through the
 * receiver stores an answer and updates the card.
 */
describeEachDatabase('Slack on the real services', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;
  let services: PulseServices;
  let harness: Harness<PulseServices>;
  let slack: FakeSlackApi;
  let now = new Date('2026-11-23T08:00:00Z');
  const members = ['U_ANN', 'U_BOB', 'U_CAS', 'U_DEE', 'U_EVE'];

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await appFixture(await database.fresh());
    org = await seedSupportTeam(
      app.ctx.db,
      members.map((id) => ({ platformUserId: id, displayName: id, locale: id === 'U_BOB' ? 'nl' : 'en' })),
    );
    await tick(app.ctx, now);
    now = new Date('2026-11-24T09:00:00Z');
    await tick(app.ctx, now);
    services = createPulseServices({ ...app.ctx, clock: { now: () => now } });
    slack = new FakeSlackApi();
    harness = await startHarness({ services, organizationId: org.organizationId });
  });

  afterAll(async () => {
    await harness.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const cardOf = (user: string): PulseCard => {
    const last = app.platform.directTo(user).at(-1);
    if (last?.document.kind !== 'pulse-card') throw new Error(`no pulse card for ${user}`);
    return last.document;
  };

  it('renders every card the engine sent within Block Kit limits, in both languages', () => {
    for (const user of ['U_LEA', ...members]) {
      const message = renderPulseCard(cardOf(user));
      expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
    }
    expect(cardOf('U_BOB').locale).toBe('nl');
  });

  it('stores a click through the receiver and updates the card in place', async () => {
    const card = cardOf('U_ANN');
    const buttons = (renderPulseCard(card).blocks as Block[])
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? [])
      .filter((button) => ANSWER_ACTION.test(button.action_id ?? ''));
    const agree = buttons.find((button) => decodeAnswerValue(button.value)?.v === 4) ?? buttons[0]!;
    const click = buttonClick({
      actionId: agree.action_id!,
      value: agree.value!,
      channel: 'D_ANN',
      ts: '1700000000.000100',
    });
    expect((await harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => slack.callsTo('chat.update').length === 1);

    const { s: statementId, v: value } = decodeAnswerValue(agree.value)!;
    expect(await app.ctx.db.answer.count({ where: { statementId } })).toBe(1);
    const updated = (FakeSlackApi.blocks(slack.callsTo('chat.update')[0]) as Block[])
      .flatMap((block) => block.elements ?? [])
      .filter((button) => button.style === 'primary')
      .map((button) => decodeAnswerValue(button.value));
    expect(updated).toContainEqual({ t: card.token, s: statementId, v: value });
  });

  it('refuses someone else’s card with a notice, and stores nothing', async () => {
    const card = cardOf('U_ANN');
    const item = card.items[0]!;
    const value = JSON.stringify({ t: card.token, s: item.statementId, v: item.scale === 'nps11' ? 7 : 2 });
    const before = await app.ctx.db.answer.count();
    const click = buttonClick({ actionId: 'pulse:answer:0:1', value, user: 'U_BOB', channel: 'D_BOB' });
    await harness.post(formBody(click), FORM);
    await eventually(() => slack.callsTo('chat.postEphemeral').length === 1);
    expect(slack.callsTo('chat.postEphemeral')[0]?.params.text).toBe(notice('not-yours', 'nl').text);
    expect(await app.ctx.db.answer.count()).toBe(before);
  });

  it('answers /pulse report for the leader and publishes App Home, within limits', async () => {
    now = new Date('2026-12-02T12:00:00Z'); // the round has closed
    await tick(app.ctx, now);
    const response = await harness.post(slashCommand('report', 'U_LEA'), FORM);
    const reply = (await response.json()) as { blocks: unknown[]; text: string };
    expect(reply.text).toContain('Support');
    expect(blockKitViolations({ ...reply, blocks: reply.blocks }, 'message')).toEqual([]);

    const event = eventCallback(
      { type: 'app_home_opened', user: 'U_LEA', channel: 'D_LEA', tab: 'home' },
      'EvHome1',
    );
    await harness.post(JSON.stringify(event), 'application/json');
    await eventually(() => slack.callsTo('views.publish').length === 1);
    const view = JSON.parse(slack.callsTo('views.publish')[0]!.params.view!) as { blocks: unknown[] };
    expect(viewViolations(view)).toEqual([]);
  });
});
