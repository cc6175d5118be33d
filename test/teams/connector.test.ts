import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../adapters/teams/connector/connector-error.ts';
import type { TeamsMember } from '../support/teams-cloud-standin.ts';
import { BOT, TENANT, message, startConnectorStack, type ConnectorStack } from './support/connector-stack.ts';

const TEAM = '19:team-general@thread.tacv2';
const roster: TeamsMember[] = Array.from({ length: 120 }, (_, i) => ({
  id: `29:member-${i}`,
  name: `Person ${i}`,
  aadObjectId: `aad-${i}`,
  ...(i === 7 ? { userRole: 'guest' as const } : {}),
}));

let stack: ConnectorStack;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
beforeEach(async () => {
  stack = await startConnectorStack({ cloud: { rosters: { [TEAM]: roster } } });
});
afterEach(() => stack.close());

describe('the Bot Connector client', () => {
  it('creates the 1:1 conversation with the tenant id, and gets the same one for the same person', async () => {
    const to = { serviceUrl: stack.cloud.serviceUrl, tenantId: TENANT };
    const first = await stack.connector.createConversation(to, BOT, { id: 'aad-ada' });
    const again = await stack.connector.createConversation(to, BOT, { id: 'aad-ada' });
    expect(first.id).toBe('a:1aad-ada');
    expect(again.id).toBe(first.id);
    expect(stack.cloud.requests.map((request) => [request.call, request.status])).toEqual([
      ['create', 201],
      ['create', 201],
    ]);
  });

  it('sends an activity into a conversation and updates it in place by its id', async () => {
    const chat = await stack.conversationWith('aad-ada');
    const sent = await stack.connector.sendActivity(chat, message('How was your week?'));
    await stack.connector.updateActivity(chat, sent.id, message('This pulse has closed.'));
    expect(stack.cloud.activities).toEqual([
      {
        conversationId: chat.conversationId,
        id: sent.id,
        activity: { type: 'message', text: 'This pulse has closed.', id: sent.id },
        updates: 1,
      },
    ]);
  });

  it('lists a team by pages, following the continuation token to the end', async () => {
    const team = { serviceUrl: stack.cloud.serviceUrl, tenantId: TENANT, conversationId: TEAM };
    const members: string[] = [];
    let continuationToken: string | undefined;
    let pages = 0;
    do {
      const page = await stack.connector.pagedMembers(team, {
        pageSize: 50,
        ...(continuationToken ? { continuationToken } : {}),
      });
      members.push(...page.members.map((member) => member.aadObjectId ?? ''));
      continuationToken = page.continuationToken;
      pages += 1;
    } while (continuationToken);
    expect(pages).toBe(3);
    expect(members).toEqual(roster.map((member) => member.aadObjectId));
  });

  it('refuses a conversation Teams does not know as permanent, with the reason code', async () => {
    const nowhere = { serviceUrl: stack.cloud.serviceUrl, tenantId: TENANT, conversationId: 'a:1gone' };
    const failure = await stack.connector
      .sendActivity(nowhere, message('hi'))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect(failure).toMatchObject({ permanent: true, status: 404, code: 'ConversationNotFound' });
    expect((failure as Error).message).toContain('ConversationNotFound');
  });

  it('asks for a new token when the connector refuses the old one, and then succeeds', async () => {
    const chat = await stack.conversationWith('aad-ada');
    stack.cloud.revokeTokens();
    await stack.connector.sendActivity(chat, message('hi'));
    expect(stack.cloud.tokenRequests).toHaveLength(2);
    expect(stack.cloud.activities).toHaveLength(1);
  });
});
