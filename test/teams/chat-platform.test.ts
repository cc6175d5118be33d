import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PersonAddress } from '../../src/app/ports.ts';
import { PlatformSendError } from '../../src/app/ports.ts';
import { notice } from '../../src/messages/index.ts';
import type { TeamsReference } from '../../adapters/teams/platform/teams-address.ts';
import { TeamsChatPlatform } from '../../adapters/teams/platform/teams-chat-platform.ts';
import { BLOCKED_BY_USER } from '../support/teams-cloud-standin.ts';
import {
  BOT,
  CLIENT_ID,
  TENANT,
  startConnectorStack,
  type ConnectorStack,
} from './support/connector-stack.ts';

const ORG = 'org-1';
const TEAM = '19:care@thread.tacv2';
const ROSTER = [
  { id: '29:ann', name: 'Ann', aadObjectId: 'aad-ann' },
  { id: '29:bob', name: 'Bob', aadObjectId: 'aad-bob' },
  { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse', aadObjectId: 'aad-bot' },
  { id: '29:cas', name: 'Cas', aadObjectId: 'aad-cas', userRole: 'guest' as const },
  { id: '29:dee', name: 'Dee', aadObjectId: 'aad-dee' },
];

let stack: ConnectorStack;
let remembered: { person: PersonAddress; reference: TeamsReference }[];

function platform(options: { includeGuests?: boolean; tenant?: boolean } = {}): TeamsChatPlatform {
  return new TeamsChatPlatform({
    connector: stack.connector,
    botId: BOT.id,
    tenantOf: async () =>
      options.tenant === false ? undefined : { serviceUrl: stack.cloud.serviceUrl, tenantId: TENANT },
    rememberConversation: async (person, reference) => {
      remembered.push({ person, reference });
    },
    chartPng: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    includeGuests: options.includeGuests ?? false,
    pageSize: 2,
  });
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});

afterEach(async () => {
  await stack.close();
});

async function start(chats = 0): Promise<void> {
  stack = await startConnectorStack({ chats, cloud: { rosters: { [TEAM]: ROSTER } } });
  remembered = [];
}

describe('the Teams ChatPlatform', () => {
  it('lists a team through every page of members, without bots, and guests only when asked', async () => {
    await start();
    const members = await platform().listMembers({ organizationId: ORG, source: 'channel', sourceId: TEAM });
    expect(members.map((member) => member.platformUserId)).toEqual(['29:ann', '29:bob', '29:dee']);
    expect(stack.cloud.requests.filter((request) => request.call === 'members')).toHaveLength(3);
    const withGuests = await platform({ includeGuests: true }).listMembers({
      organizationId: ORG,
      source: 'channel',
      sourceId: TEAM,
    });
    expect(withGuests.find((member) => member.platformUserId === '29:cas')).toMatchObject({ isGuest: true });
  });

  it('creates the 1:1 chat on the tenant’s connector, keeps it, and says where the card went', async () => {
    await start();
    const ref = await platform().sendDirect(
      { organizationId: ORG, platformUserId: '29:ann' },
      notice('paused', 'en'),
    );
    expect(ref).toEqual({
      organizationId: ORG,
      platform: {
        serviceUrl: stack.cloud.serviceUrl,
        tenantId: TENANT,
        conversationId: 'a:129:ann',
        activityId: '1:1',
      },
    });
    expect(remembered).toEqual([
      {
        person: { organizationId: ORG, platformUserId: '29:ann' },
        reference: { serviceUrl: stack.cloud.serviceUrl, tenantId: TENANT, conversationId: 'a:129:ann' },
      },
    ]);
    const [sent] = stack.cloud.activities;
    expect(sent?.activity).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
  });

  it('reuses a stored conversation reference without creating one, and updates the message in place', async () => {
    await start(1);
    const [chat] = stack.chats;
    const person = { organizationId: ORG, platformUserId: '29:ann', conversation: { ...chat! } };
    const teams = platform({ tenant: false });
    const ref = await teams.sendDirect(person, notice('paused', 'en'));
    expect(stack.cloud.requests.map((request) => request.call)).toEqual(['send']);
    await teams.update(ref, notice('resumed', 'en'));
    expect(stack.cloud.activities[0]?.updates).toBe(1);
    expect(JSON.stringify(stack.cloud.activities[0]?.activity)).toContain('✅');
  });

  it('creates the chat again when Teams no longer knows the stored one', async () => {
    await start();
    const stale = { serviceUrl: stack.cloud.serviceUrl, tenantId: TENANT, conversationId: 'a:gone' };
    const person = { organizationId: ORG, platformUserId: '29:ann', conversation: stale };
    const ref = await platform({ tenant: false }).sendDirect(person, notice('paused', 'en'));
    expect(stack.cloud.requests.map((request) => [request.call, request.status])).toEqual([
      ['send', 404],
      ['create', 201],
      ['send', 201],
    ]);
    expect(ref.platform).toMatchObject({ conversationId: 'a:129:ann' });
    expect(remembered.map((entry) => entry.reference.conversationId)).toEqual(['a:129:ann']);
  });

  it('ends a send to someone who blocked the bot as permanent, and one to an unknown tenant too', async () => {
    await start();
    stack.cloud.failNext('create', BLOCKED_BY_USER);
    const blocked = platform().sendDirect(
      { organizationId: ORG, platformUserId: '29:bob' },
      notice('paused', 'en'),
    );
    await expect(blocked).rejects.toMatchObject({ permanent: true, code: 'ConversationBlockedByUser' });
    const unknown = platform({ tenant: false }).post(
      { organizationId: ORG, channelId: TEAM },
      notice('paused', 'en'),
    );
    await expect(unknown).rejects.toBeInstanceOf(PlatformSendError);
    await expect(unknown).rejects.toMatchObject({ permanent: true });
  });
});
