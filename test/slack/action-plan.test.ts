import './support/node20.ts';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import type { SeededOrganization } from '../../src/app/seed-organization.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { ACTION } from '../../adapters/slack/render/action-ids.ts';
import { slackPhrase } from '../../adapters/slack/render/feature-reach.ts';
import { notice } from '../../src/messages/index.ts';
import { viewViolations } from '../../adapters/slack/render/block-kit-limits.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedSupportTeam } from '../support/support-team.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';
import { buttonClick, formBody, slashCommand, viewSubmission } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';

interface ModalJson {
  callback_id: string;
  private_metadata: string;
  blocks: {
    block_id?: string;
    element?: { options?: { value: string }[]; initial_option?: { value: string }; initial_date?: string };
  }[];
}

/** The inputs of the action modal as Slack submits them. */
function actionValues(input: { title: string; owner: string; due: string; target?: string }) {
  const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });
  return {
    'action-title': { title: { type: 'plain_text_input', value: input.title } },
    ...(input.target
      ? { 'action-target': { target: { type: 'static_select', selected_option: option(input.target) } } }
      : {}),
    'action-owner': { owner: { type: 'static_select', selected_option: option(input.owner) } },
    'action-due': { due: { type: 'datepicker', selected_date: input.due } },
  };
}

/**
 * A leader turns the team's nudge into an action from Slack: the button
 * under the nudge opens a modal (through the signed HTTP entry), its
 * submission makes the action on the real use cases, and the owner's
 * check-in button marks it done.
 */
describeEachDatabase('Slack: making an action of a nudge', (database) => {
  let app: AppFixture;
  let org: SeededOrganization;
  let harness: Harness<PulseServices>;
  let slack: FakeSlackApi;
  let postId: string;
  const now = new Date('2026-11-27T10:00:00Z');

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await appFixture(await database.fresh());
    org = await seedSupportTeam(
      app.ctx.db,
      [
        { platformUserId: 'U_ANN', displayName: 'Ann' },
        { platformUserId: 'U_BOB', displayName: 'Bob' },
        { platformUserId: 'U_NOOR', displayName: 'Noor', locale: 'nl' },
      ],
      { schedule: null },
    );
    const nudge = app.ctx.bank.nudges.find((n) => n.audience === 'team' && n.target.kind === 'element');
    if (!nudge) throw new Error('the content has no team nudge');
    const post = await app.ctx.db.nudgePost.create({
      data: {
        teamId: org.teams.Support ?? '',
        nudgeId: nudge.id,
        targetKind: nudge.target.kind,
        targetKey: nudge.target.key,
        postedAt: now,
      },
    });
    postId = post.id;
    slack = new FakeSlackApi();
    const services = createPulseServices({ ...app.ctx, clock: { now: () => now } });
    harness = await startHarness({ services, organizationId: org.organizationId });
  });

  /** The view of the `index`th views.open call, as the fake Slack received it. */
  const openedView = (index: number): ModalJson =>
    JSON.parse(slack.callsTo('views.open')[index]?.params.view ?? '{}') as ModalJson;

  async function pulse(text: string, user: string) {
    const response = await harness.post(slashCommand(text, user), FORM);
    expect(response.status).toBe(200);
    return response.text();
  }

  afterAll(async () => {
    await harness.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('opens the modal for the leader and makes the action from its submission', async () => {
    const click = buttonClick({
      actionId: ACTION.nudgeMakeAction,
      value: postId,
      user: 'U_LEA',
      channel: 'C0TEAM',
    });
    expect((await harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => slack.callsTo('views.open').length === 1, 10_000);
    const view = openedView(0);
    expect(view.callback_id).toBe('action:new');
    expect(viewViolations(view as never)).toEqual([]);
    const owners = view.blocks.find((b) => b.block_id === 'action-owner')?.element?.options ?? [];
    expect(owners.map((o) => o.value)).toEqual(['U_LEA', 'U_ANN', 'U_BOB', 'U_NOOR']);
    expect(view.blocks.find((b) => b.block_id === 'action-due')?.element?.initial_date).toBe('2026-12-11');

    const submission = viewSubmission({
      callbackId: 'action:new',
      privateMetadata: view.private_metadata,
      user: 'U_LEA',
      values: actionValues({ title: 'Customer story at every stand-up', owner: 'U_ANN', due: '2026-12-18' }),
    });
    const response = await harness.post(formBody(submission), FORM);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { response_action: string; view: { blocks: unknown[] } };
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view.blocks)).toContain('Ann owns it, due 18 December 2026');
    const action = await app.ctx.db.action.findFirstOrThrow({ where: { nudgePostId: postId } });
    expect(action).toMatchObject({
      title: 'Customer story at every stand-up',
      ownerId: org.people.U_ANN,
      dueOn: '2026-12-18',
      status: 'open',
    });

    const past = viewSubmission({
      callbackId: 'action:new',
      privateMetadata: view.private_metadata,
      user: 'U_LEA',
      values: actionValues({ title: 'Too late', owner: 'U_ANN', due: '2026-11-01' }),
    });
    const refused = (await (await harness.post(formBody(past), FORM)).json()) as {
      response_action: string;
      errors: Record<string, string>;
    };
    expect(refused.response_action).toBe('errors');
    expect(refused.errors['action-due']).toContain('has passed');
    expect(await app.ctx.db.action.count()).toBe(1);
  });

  it('tells a member who is not the leader why, without a modal', async () => {
    const opened = slack.callsTo('views.open').length;
    const click = buttonClick({
      actionId: ACTION.nudgeMakeAction,
      value: postId,
      user: 'U_BOB',
      channel: 'C0TEAM',
    });
    expect((await harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => slack.callsTo('chat.postEphemeral').length > 0, 10_000);
    expect(slack.callsTo('views.open')).toHaveLength(opened);
  });

  it('marks the action done from the owner’s check-in button', async () => {
    const action = await app.ctx.db.action.findFirstOrThrow({ where: { nudgePostId: postId } });
    const click = buttonClick({ actionId: ACTION.actionDone, value: action.id, user: 'U_ANN' });
    expect((await harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => slack.callsTo('chat.postEphemeral').length > 1, 10_000);
    expect(await app.ctx.db.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: 'done',
      doneAt: now,
    });
  });

  it('opens the same modal from /pulse action, with the element to choose, and tells the team', async () => {
    const opened = slack.callsTo('views.open').length;
    expect(await pulse('action', 'U_LEA')).toBe('');
    await eventually(() => slack.callsTo('views.open').length === opened + 1, 10_000);
    const view = openedView(opened);
    expect(view.callback_id).toBe('action:new');
    expect(viewViolations(view as never)).toEqual([]);
    const picker = view.blocks.find((b) => b.block_id === 'action-target')?.element;
    expect(picker?.options?.map((o) => o.value)).toEqual(app.ctx.bank.elements.map((e) => e.key));
    const form = await harness.services.teamActionForm(org.people.U_LEA ?? '', '');
    expect(picker?.initial_option?.value).toBe(form.selectedTarget);

    const element = app.ctx.bank.elements.at(-1)?.key ?? '';
    const posted = app.platform.inChannel('C0TEAM').length;
    const submission = viewSubmission({
      callbackId: 'action:new',
      privateMetadata: view.private_metadata,
      user: 'U_LEA',
      values: actionValues({
        title: 'Walk a customer journey',
        owner: 'U_BOB',
        due: '2026-12-04',
        target: element,
      }),
    });
    const answer = (await (await harness.post(formBody(submission), FORM)).json()) as {
      response_action: string;
    };
    expect(answer.response_action).toBe('update');
    expect(
      await app.ctx.db.action.findFirstOrThrow({ where: { title: 'Walk a customer journey' } }),
    ).toMatchObject({
      teamId: org.teams.Support,
      targetKind: 'element',
      targetKey: element,
      ownerId: org.people.U_BOB,
      nudgePostId: null,
    });
    const announced = app.platform.inChannel('C0TEAM').slice(posted);
    expect(JSON.stringify(announced.map((m) => m.document))).toContain('Walk a customer journey');
  });

  it('refuses /pulse action to a member who leads no team, in their language, without a modal', async () => {
    const opened = slack.callsTo('views.open').length;
    const english = JSON.parse(await pulse('action', 'U_BOB')) as { response_type: string; text: string };
    expect(english.response_type).toBe('ephemeral');
    expect(english.text).toBe(slackPhrase(notice('forbidden', 'en').text, 'en'));
    const dutch = JSON.parse(await pulse('action', 'U_NOOR')) as { text: string };
    expect(dutch.text).toBe(slackPhrase(notice('forbidden', 'nl').text, 'nl'));
    expect(slack.callsTo('views.open')).toHaveLength(opened);
  });

  it('lists /pulse action in the help of a leader, and not of a member', async () => {
    expect(await pulse('help', 'U_LEA')).toContain('type /pulse action [team]');
    expect(await pulse('help', 'U_BOB')).not.toContain('/pulse action');
  });
});
