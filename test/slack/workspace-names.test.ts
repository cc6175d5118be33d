import './support/node20.ts';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { slashCommand } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
let harness: Harness;
let slack: FakeSlackApi;

/** Workspace T0001 as Slack sees it with its own token; anything else is another workspace's. */
const OURS = { channels: ['C0CARE'], users: ['U_ANN', 'U_LEE'], usergroups: ['S0CREW'] };

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
beforeEach(async () => {
  slack = new FakeSlackApi()
    .on('conversations.info', (params) =>
      OURS.channels.includes(params.channel!)
        ? [200, { ok: true, channel: { id: params.channel, name: 'care' } }]
        : [200, { ok: false, error: 'channel_not_found' }],
    )
    .on('users.info', (params) => {
      if (OURS.users.includes(params.user!))
        return [200, { ok: true, user: { id: params.user, team_id: 'T0001' } }];
      // Seen through a shared channel (Slack Connect): Slack answers, but the person is another workspace's.
      if (params.user === 'U_CONNECT')
        return [200, { ok: true, user: { id: params.user, team_id: 'T0002' } }];
      return [200, { ok: false, error: 'user_not_found' }];
    })
    .on('usergroups.users.list', (params) =>
      OURS.usergroups.includes(params.usergroup!)
        ? [200, { ok: true, users: ['U_ANN'] }]
        : [200, { ok: false, error: 'no_such_subteam' }],
    );
  harness = await startHarness();
  harness.services.addPerson({
    id: 'person-ada',
    platformUserId: 'U_ADA',
    displayName: 'Ada',
    isAdmin: true,
  });
});
afterEach(async () => {
  await harness.close();
  nock.cleanAll();
});

const command = async (text: string, user = 'U_ADA') => {
  const response = await harness.post(slashCommand(text, user), FORM);
  expect(response.status).toBe(200);
  return ((await response.json()) as { text: string }).text;
};

describe('admin commands name only their own workspace', () => {
  it.each([
    [
      'another workspace’s channel',
      'team add <#C0THEIRS|sales> <@U_LEE>',
      'Channel C0THEIRS is not in this workspace',
    ],
    [
      'another workspace’s leader',
      'team add <#C0CARE|care> <@U_THEIRS>',
      'U_THEIRS is not a member of this workspace',
    ],
    [
      'a person seen only through a shared channel',
      'team add <#C0CARE|care> <@U_CONNECT>',
      'U_CONNECT is not a member',
    ],
    [
      'another workspace’s user group',
      'team add <#C0CARE|care> <!subteam^S0THEIRS|@crew>',
      'User group S0THEIRS',
    ],
    ['another workspace’s person as leader', 'leader <@U_THEIRS> <#C0CARE|care>', 'U_THEIRS is not a member'],
    ['another workspace’s person as HR', 'hr <@U_THEIRS>', 'U_THEIRS is not a member'],
    ['another workspace’s person as admin', 'admin <@U_THEIRS>', 'U_THEIRS is not a member'],
  ])('refuses %s with a clear message, and stores nothing', async (_, text, message) => {
    expect(await command(text)).toContain(message);
    expect(harness.services.admin).toEqual([]);
  });

  it('accepts this workspace’s channel, leader and user group, checked with its own token', async () => {
    expect(await command('team add <#C0CARE|care> <@U_LEE> <!subteam^S0CREW|@crew>')).toContain(
      'Team care added',
    );
    expect(harness.services.admin).toHaveLength(1);
    const asked = ['conversations.info', 'users.info', 'usergroups.users.list'].map((method) =>
      slack.callsTo(method).map((call) => call.token),
    );
    expect(asked).toEqual([['xoxb-test-token'], ['xoxb-test-token'], ['xoxb-test-token']]);
  });

  it('asks Slack nothing for someone who is not an admin', async () => {
    expect(await command('team add <#C0THEIRS|sales>', 'U_ANN')).not.toContain('added');
    expect(slack.calls).toEqual([]);
    expect(harness.services.admin).toEqual([]);
  });
});
