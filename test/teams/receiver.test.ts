import type { Activity } from '@microsoft/teams.api';
import { Hono } from 'hono';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import { listen, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type {
  TeamsActivityResult,
  TeamsTurnContext,
} from '../../adapters/teams/receiver/activity-handler.ts';
import { refreshedCard } from '../../adapters/teams/receiver/activity-handler.ts';
import { createTeamsReceiver } from '../../adapters/teams/receiver/create-teams-receiver.ts';
import { startTeamsCloud, type TeamsCloudStandin, type TokenClaims } from '../support/teams-cloud-standin.ts';

const CLIENT_ID = '3f1b7c2e-5a4d-4e8b-9c1f-2d6a7b8c9d0e';
const TENANT = 'tenant-1';
const RECEIVED_AT = new Date('2027-03-01T09:00:00Z');

let cloud: TeamsCloudStandin;
let bot: HttpServer;
const lines: Record<string, unknown>[] = [];
let handled: { activity: Activity; context: TeamsTurnContext }[] = [];
let answer: (activity: Activity) => Promise<TeamsActivityResult> = async () => undefined;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  cloud = await startTeamsCloud({ clientId: CLIENT_ID, clientSecret: 'secret-1' });
  const log = createLogger('info', {
    destination: { write: (line: string) => lines.push(JSON.parse(line)) },
  });
  const routes = await createTeamsReceiver({
    clientId: CLIENT_ID,
    clientSecret: 'secret-1',
    openIdMetadataUrl: cloud.openIdMetadataUrl,
    tokenUrl: cloud.tokenUrl,
    clock: new ManualClock(RECEIVED_AT),
    log,
    onActivity: async (activity, context) => {
      handled.push({ activity, context });
      return answer(activity);
    },
  });
  const app = new Hono();
  app.route('/', routes);
  bot = await listen(app, '127.0.0.1', 0);
});

afterAll(async () => {
  await bot.close();
  await cloud.close();
  nock.enableNetConnect();
});

beforeEach(() => {
  handled = [];
  lines.length = 0;
  answer = async () => undefined;
});

function messageActivity(overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: '1700000000001',
    channelId: 'msteams',
    serviceUrl: cloud.serviceUrl,
    from: { id: '29:1ada', aadObjectId: 'aad-ada', name: 'Ada' },
    conversation: { id: 'a:1ada', conversationType: 'personal', tenantId: TENANT },
    recipient: { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse' },
    channelData: { tenant: { id: TENANT } },
    text: 'help',
    locale: 'en-US',
    ...overrides,
  };
}

function post(body: unknown, token: string | undefined): Promise<Response> {
  return fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

describe('the Teams messaging endpoint', () => {
  it('hands a signed message activity to the handler, with its serviceUrl, tenant and time', async () => {
    const response = await post(messageActivity(), cloud.signToken());
    expect(response.status).toBe(200);
    expect(handled).toHaveLength(1);
    expect(handled[0]!.activity).toMatchObject({
      type: 'message',
      text: 'help',
      from: { aadObjectId: 'aad-ada' },
    });
    expect(handled[0]!.context).toEqual({
      serviceUrl: cloud.serviceUrl.replace(/\/$/, ''),
      tenantId: TENANT,
      receivedAt: RECEIVED_AT,
    });
  });

  it.each([
    ['conversationUpdate', { membersAdded: [{ id: '29:1bob', aadObjectId: 'aad-bob' }] }],
    ['installationUpdate', { action: 'add' }],
    ['installationUpdate', { action: 'remove' }],
  ])('hands a signed %s activity to the same handler', async (type, fields) => {
    const activity = messageActivity({ type, text: undefined, ...fields });
    const response = await post(activity, cloud.signToken());
    expect(response.status).toBe(200);
    expect(handled.map((turn) => turn.activity)).toEqual([expect.objectContaining({ type, ...fields })]);
  });

  it.each<[string, TokenClaims]>([
    ['a forged signature', { forged: true }],
    // The SDK allows five minutes of clock skew, so this one ran out ten minutes ago.
    ['an expired token', { expiresInSeconds: -600 }],
    ['another bot as audience', { audience: 'another-bot' }],
    ['a serviceurl claim for another connector', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }],
    ['another issuer', { issuer: 'https://login.example.com' }],
  ])('refuses %s with 401 and never calls the handler', async (_, claims) => {
    const response = await post(messageActivity(), cloud.signToken(claims));
    expect(response.status).toBe(401);
    expect(handled).toEqual([]);
    // Both the SDK's reason and ours reach the bot's log, not the console.
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ component: 'teams-sdk', msg: 'JWT validation failed' }),
        expect.objectContaining({ level: 40, msg: 'teams: request refused (bearer token)' }),
      ]),
    );
  });

  it('refuses a request without a token, and an unsigned token, with 401', async () => {
    const unsigned = cloud.signToken().split('.').slice(0, 2).join('.') + '.';
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const algNone = `${header}.${unsigned.split('.')[1]}.`;
    for (const token of [undefined, unsigned, algNone]) {
      expect((await post(messageActivity(), token)).status).toBe(401);
    }
    expect(handled).toEqual([]);
  });

  it('refuses a body that is not a JSON object with 400 before looking further', async () => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cloud.signToken()}` },
      body: '{"type":',
    });
    expect(response.status).toBe(400);
    expect(handled).toEqual([]);
  });

  it('refuses a body over 1 MiB with 413 without reading it', async () => {
    const response = await post(messageActivity({ text: 'x'.repeat(1024 * 1024) }), cloud.signToken());
    expect(response.status).toBe(413);
    expect(handled).toEqual([]);
  });

  it('answers an adaptiveCard/action invoke with the refreshed card the handler returns', async () => {
    const card: Parameters<typeof refreshedCard>[0] = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'Thanks!' }],
    };
    answer = async () => refreshedCard(card);
    const invoke = messageActivity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: 'answer', data: { value: 4 } }, trigger: 'manual' },
    });
    const response = await post(invoke, cloud.signToken());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: card,
    });
    expect(handled[0]!.activity).toMatchObject({ type: 'invoke', name: 'adaptiveCard/action' });
  });

  it('answers 500 without details when the handler fails, and logs the cause', async () => {
    answer = async () => {
      throw new Error('database password is hunter2');
    };
    const response = await post(messageActivity(), cloud.signToken());
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toEqual({ error: 'internal_error' });
    const failure = lines.find((line) => line.msg === 'teams: an activity handler failed');
    expect(failure).toMatchObject({
      level: 50,
      type: 'message',
      err: { message: 'database password is hunter2' },
    });
  });
});
