import './support/node20.ts';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformSendError } from '../../src/app/ports.ts';
import { chartAltText } from '../../src/messages/index.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { SlackChatPlatform, slackMessageOf } from '../../adapters/slack/platform/slack-chat-platform.ts';
import { SlackWebApi } from '../../adapters/slack/web-api/slack-web-api.ts';
import { notice, pulseCard, teamReport } from './fixtures.ts';
import { FakeClock } from './support/fake-clock.ts';
import { BOT_TOKEN, FakeSlackApi, SLACK_API_URL } from './support/fake-slack-api.ts';

const ORG = 'org-1';
const ann = { organizationId: ORG, platformUserId: 'U_ANN' };
let slack: FakeSlackApi;

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
beforeEach(() => {
  slack = new FakeSlackApi();
});
afterEach(() => nock.cleanAll());

function platform(options: Partial<ConstructorParameters<typeof SlackChatPlatform>[0]> = {}) {
  const api = new SlackWebApi({ slackApiUrl: SLACK_API_URL, clock: new FakeClock() });
  return new SlackChatPlatform({
    api,
    resolveWorkspace: async (org) => (org === ORG ? { teamId: 'T0001', botToken: BOT_TOKEN } : undefined),
    log: createLogger('silent'),
    ...options,
  });
}

describe('SlackChatPlatform', () => {
  it('opens a DM once, posts the rendered card, and returns a ref chat.update can use', async () => {
    const slackPlatform = platform();
    const ref = await slackPlatform.sendDirect(ann, pulseCard('en'));
    expect(slack.calls.map((call) => call.method)).toEqual(['conversations.open', 'chat.postMessage']);
    expect(slack.callsTo('conversations.open')[0]?.params.users).toBe('U_ANN');
    const post = slack.callsTo('chat.postMessage')[0]!;
    expect(post.token).toBe(BOT_TOKEN);
    expect(post.params.channel).toBe('D_ANN');
    expect(post.params.text).toContain('Your pulse for this week');
    expect(FakeSlackApi.blocks(post).length).toBeGreaterThan(5);
    expect(ref).toMatchObject({ organizationId: ORG, platform: { channel: 'D_ANN' } });

    await slackPlatform.sendDirect(ann, notice('en'));
    expect(slack.callsTo('conversations.open')).toHaveLength(1);

    await slackPlatform.update(ref, pulseCard('en', { state: 'closed', banner: 'Closed.' }));
    const update = slack.callsTo('chat.update')[0]!;
    expect(update.params).toMatchObject({ channel: 'D_ANN', ts: ref.platform.ts });
    expect(update.params.blocks).toContain('Closed.');
  });

  it('can post to the user id instead (no conversations.open) and learns the DM id from the answer', async () => {
    const slackPlatform = platform({ dmVia: 'user-id' });
    const ref = await slackPlatform.sendDirect(ann, notice('en'));
    expect(slack.calls.map((call) => call.method)).toEqual(['chat.postMessage']);
    expect(slack.calls[0]?.params.channel).toBe('U_ANN');
    expect(ref.platform.channel).toBe('D_ANN');
    await slackPlatform.sendDirect(ann, notice('en'));
    expect(slack.calls[1]?.params.channel).toBe('D_ANN');
  });

  it('posts to a team channel', async () => {
    const ref = await platform().post({ organizationId: ORG, channelId: 'C0TEAM' }, teamReport('nl'));
    expect(slack.callsTo('chat.postMessage')[0]?.params.channel).toBe('C0TEAM');
    expect(ref).toMatchObject({ organizationId: ORG, platform: { channel: 'C0TEAM' } });
  });

  it.each([
    ['user_not_found', 'conversations.open'],
    ['cannot_dm_bot', 'conversations.open'],
    ['channel_not_found', 'chat.postMessage'],
    ['is_archived', 'chat.postMessage'],
    ['invalid_auth', 'chat.postMessage'],
    ['account_inactive', 'chat.postMessage'],
    ['token_revoked', 'chat.postMessage'],
  ])('maps %s from %s to a permanent PlatformSendError', async (error, method) => {
    slack.on(method, () => [200, { ok: false, error }]);
    const failure = await platform()
      .sendDirect(ann, notice('en'))
      .catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(PlatformSendError);
    expect(failure).toMatchObject({ permanent: true });
    expect(slack.callsTo(method)).toHaveLength(1);
  });

  it('rides out HTTP 429 with Retry-After and still delivers once', async () => {
    slack.on('chat.postMessage', (_, call) =>
      call <= 2 ? [429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' }] : undefined,
    );
    const ref = await platform().sendDirect(ann, notice('en'));
    expect(ref.platform.ts).toMatch(/^\d+\.\d+$/);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('stops sending to an uninstalled workspace: permanent failure, no API call', async () => {
    const failure = await platform()
      .sendDirect({ organizationId: 'org-gone', platformUserId: 'U1' }, notice('en'))
      .catch((caught: unknown) => caught);
    expect(failure).toMatchObject({ permanent: true });
    expect(slack.calls).toEqual([]);
  });

  it('lists a channel’s people with time zone and locale; bots, deactivated users and guests left out', async () => {
    slack.on('conversations.members', () => [
      200,
      {
        ok: true,
        members: ['U1', 'U2', 'U3', 'U4', 'USLACKBOT', 'U5'],
        response_metadata: { next_cursor: '' },
      },
    ]);
    const users: Record<string, object> = {
      U1: { id: 'U1', tz: 'Europe/Amsterdam', locale: 'nl-NL', profile: { display_name: 'Eva' } },
      U2: { id: 'U2', is_bot: true, profile: {} },
      U3: { id: 'U3', deleted: true, profile: {} },
      U4: { id: 'U4', is_ultra_restricted: true, tz: 'Europe/London', profile: { real_name: 'Gus Guest' } },
      USLACKBOT: { id: 'USLACKBOT', is_bot: false, profile: { real_name: 'Slackbot' } },
    };
    slack.on('users.info', (params) =>
      users[params.user!]
        ? [200, { ok: true, user: users[params.user!] }]
        : [200, { ok: false, error: 'user_not_found' }],
    );
    const source = { organizationId: ORG, source: 'channel' as const, sourceId: 'C0TEAM' };
    expect(await platform().listMembers(source)).toEqual([
      { platformUserId: 'U1', displayName: 'Eva', timeZone: 'Europe/Amsterdam', locale: 'nl' },
    ]);
    expect(slack.callsTo('users.info')[0]?.params.include_locale).toBe('true');
    expect(await platform({ includeGuests: true }).listMembers(source)).toContainEqual({
      platformUserId: 'U4',
      displayName: 'Gus Guest',
      timeZone: 'Europe/London',
      isGuest: true,
    });
  });

  it('lists a user group, and large sets through users.list pages', async () => {
    const many = Array.from({ length: 150 }, (_, i) => `U${i}`);
    slack.on('usergroups.users.list', () => [200, { ok: true, users: many }]);
    slack.on('users.list', (params) => {
      const page = params.cursor === 'next' ? 1 : 0;
      const members = many
        .slice(page * 100, page * 100 + 100)
        .map((id) => ({ id, profile: { real_name: id } }));
      return [200, { ok: true, members, response_metadata: { next_cursor: page === 0 ? 'next' : '' } }];
    });
    const members = await platform().listMembers({
      organizationId: ORG,
      source: 'group',
      sourceId: 'S0GROUP',
    });
    expect(members).toHaveLength(150);
    expect(slack.callsTo('users.list')).toHaveLength(2);
    expect(slack.callsTo('users.info')).toHaveLength(0);
  });

  it('uploads a chart with files.uploadV2 after the message; a failed upload does not fail the send', async () => {
    let uploaded: Buffer | undefined;
    nock('https://files.slack.test')
      .post('/upload/v1/ABC')
      .reply(async (request: Request) => {
        uploaded = Buffer.from(await request.arrayBuffer());
        return [200, 'OK - 4'];
      });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const slackPlatform = platform({
      chartPng: async (doc) => (doc.kind === 'team-report' ? png : undefined),
    });
    await slackPlatform.sendDirect(ann, teamReport('en'));
    expect(slack.calls.map((call) => call.method)).toEqual([
      'conversations.open',
      'chat.postMessage',
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
    ]);
    expect(slack.callsTo('files.getUploadURLExternal')[0]?.params).toMatchObject({
      filename: 'team-report.png',
      length: '4',
      // A screen reader says the chart in words: the same figures the bars show.
      alt_txt: chartAltText(teamReport('en')),
    });
    expect(JSON.parse(slack.callsTo('files.completeUploadExternal')[0]!.params.files!)).toEqual([
      { id: 'F0001', title: 'Team report' },
    ]);
    // The file itself is the body, as long as files.getUploadURLExternal was told.
    expect(uploaded).toEqual(Buffer.from(png));

    slack.on('files.getUploadURLExternal', () => [200, { ok: false, error: 'missing_scope' }]);
    await expect(slackPlatform.sendDirect(ann, teamReport('en'))).resolves.toMatchObject({
      platform: { ts: expect.any(String) },
    });
  });

  it('cuts a chart’s words that are longer than Slack allows at a word, and says so', async () => {
    nock('https://files.slack.test').post('/upload/v1/ABC').reply(200, 'OK - 4');
    const long = teamReport('en', 80);
    const slackPlatform = platform({ chartPng: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    await slackPlatform.sendDirect(ann, long);
    const altText = String(slack.callsTo('files.getUploadURLExternal')[0]?.params.alt_txt);
    expect(chartAltText(long)!.length).toBeGreaterThan(1000);
    expect(altText.length).toBeLessThanOrEqual(1000);
    expect(altText).toMatch(/ \S+…$/);
    expect(chartAltText(long)).toContain(altText.slice(0, -1));
  });

  it('still finds a message stored before refs carried their organisation, and refuses what is no Slack message', () => {
    const legacy = { organizationId: ORG, platform: { conversationId: `${ORG}/D_ANN`, messageId: '1700.1' } };
    expect(slackMessageOf(legacy)).toEqual({ channel: 'D_ANN', ts: '1700.1' });
    expect(() => slackMessageOf({ organizationId: ORG, platform: { messageId: 'm1' } })).toThrow(
      /Not a Slack message reference/,
    );
  });
});
