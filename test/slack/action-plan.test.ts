import './support/node20.ts';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import type { SeededOrganization } from '../../src/app/seed-organization.ts';
import type { PulseServices } from '../../src/app/services.ts';
import { ACTION } from '../../adapters/slack/render/action-ids.ts';
import { viewViolations } from '../../adapters/slack/render/block-kit-limits.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedSupportTeam } from '../support/support-team.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';
import { buttonClick, formBody } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';

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
    const view = JSON.parse(slack.callsTo('views.open')[0]?.params.view ?? '{}') as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id?: string; element?: { options?: { value: string }[]; initial_date?: string } }[];
    };
    expect(view.callback_id).toBe('action:new');
    expect(viewViolations(view as never)).toEqual([]);
    const owners = view.blocks.find((b) => b.block_id === 'action-owner')?.element?.options ?? [];
    expect(owners.map((o) => o.value)).toEqual(['U_LEA', 'U_ANN', 'U_BOB']);
    expect(view.blocks.find((b) => b.block_id === 'action-due')?.element?.initial_date).toBe('2026-12-11');

    const submission = {
      type: 'view_submission',
      team: { id: 'T0001', domain: 'example' },
      user: { id: 'U_LEA', username: 'lea', name: 'lea', team_id: 'T0001' },
      api_app_id: 'A0APP',
      token: 'unused',
      trigger_id: '1.2.3',
      view: {
        id: 'V0001',
        team_id: 'T0001',
        type: 'modal',
        callback_id: 'action:new',
        private_metadata: view.private_metadata,
        hash: '1.abc',
        state: {
          values: {
            'action-title': {
              title: { type: 'plain_text_input', value: 'Customer story at every stand-up' },
            },
            'action-owner': {
              owner: {
                type: 'static_select',
                selected_option: { text: { type: 'plain_text', text: 'Ann' }, value: 'U_ANN' },
              },
            },
            'action-due': { due: { type: 'datepicker', selected_date: '2026-12-18' } },
          },
        },
        blocks: [],
        title: { type: 'plain_text', text: 'New action' },
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
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

    const past = structuredClone(submission);
    past.view.state.values['action-due'].due.selected_date = '2026-11-01';
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
});
