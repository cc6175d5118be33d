import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.ts';
import { PlatformSendError } from '../../src/app/ports.ts';
import {
  BOT_FRAMEWORK_SCOPE,
  clientCredentialsTokens,
  defaultTokenUrl,
} from '../../adapters/teams/auth/client-credentials.ts';
import { startTeamsCloud, type TeamsCloudStandin } from '../support/teams-cloud-standin.ts';

const CLIENT_ID = '3f1b7c2e-5a4d-4e8b-9c1f-2d6a7b8c9d0e';
const START = new Date('2027-03-01T09:00:00Z');
let cloud: TeamsCloudStandin;
let clock: ManualClock;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
beforeEach(async () => {
  clock = new ManualClock(START);
  cloud = await startTeamsCloud({
    clientId: CLIENT_ID,
    clientSecret: 'secret-1',
    tokenLifetimeSeconds: 3599,
  });
});
afterEach(() => cloud.close());

const tokens = (secret = 'secret-1') =>
  clientCredentialsTokens({ clientId: CLIENT_ID, clientSecret: secret, tokenUrl: cloud.tokenUrl, clock });
const at = (ms: number) => new Date(START.getTime() + ms);

describe('the client-credentials token client', () => {
  it('asks with the bot id, secret and the Bot Framework scope', async () => {
    await tokens().token();
    expect(Object.fromEntries(cloud.tokenRequests[0]!)).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: 'secret-1',
      scope: BOT_FRAMEWORK_SCOPE,
    });
  });

  it('keeps a token until five minutes before it runs out, then asks for a new one', async () => {
    const client = tokens();
    const first = await client.token();
    clock.set(at(3599_000 - 5 * 60_000 - 1));
    expect(await client.token()).toBe(first);
    expect(cloud.tokenRequests).toHaveLength(1);

    clock.set(at(3599_000 - 5 * 60_000));
    const second = await client.token();
    expect(second).not.toBe(first);
    expect(cloud.tokenRequests).toHaveLength(2);
  });

  it('renews a short-lived token halfway through its life', async () => {
    await cloud.close();
    cloud = await startTeamsCloud({
      clientId: CLIENT_ID,
      clientSecret: 'secret-1',
      tokenLifetimeSeconds: 60,
    });
    const client = tokens();
    await client.token();
    clock.set(at(29_999));
    await client.token();
    expect(cloud.tokenRequests).toHaveLength(1);
    clock.set(at(30_000));
    await client.token();
    expect(cloud.tokenRequests).toHaveLength(2);
  });

  it('makes one request for callers asking at the same time', async () => {
    const client = tokens();
    const values = await Promise.all([client.token(), client.token(), client.token()]);
    expect(new Set(values).size).toBe(1);
    expect(cloud.tokenRequests).toHaveLength(1);
  });

  it('asks again after forget()', async () => {
    const client = tokens();
    await client.token();
    client.forget();
    await client.token();
    expect(cloud.tokenRequests).toHaveLength(2);
  });

  it('says what Entra answered to a wrong secret, as a retryable failure, and keeps nothing', async () => {
    const client = tokens('wrong');
    const failure = await client.token().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformSendError);
    expect(failure).toMatchObject({ permanent: false });
    expect((failure as Error).message).toContain('HTTP 401: invalid_client: AADSTS7000215');
    await client.token().catch(() => undefined);
    expect(cloud.tokenRequests).toHaveLength(2);
  });

  it('uses the tenant in the default token endpoint, or the Bot Framework tenant without one', () => {
    expect(defaultTokenUrl('contoso-tenant-id')).toBe(
      'https://login.microsoftonline.com/contoso-tenant-id/oauth2/v2.0/token',
    );
    expect(defaultTokenUrl(undefined)).toBe(
      'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token',
    );
  });
});
