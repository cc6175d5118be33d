import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.ts';
import { sdkLogger } from '../../adapters/teams/receiver/sdk-logger.ts';

/**
 * Why the bot requests its own tokens and hands the SDK only `token`: these
 * are the Teams SDK's own behaviours, kept here so an SDK upgrade that
 * changes them is noticed.
 */
const logger = sdkLogger(createLogger('silent'));
const JWT = 'eyJhbGciOiJub25lIn0.eyJhdWQiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiZXhwIjo0MTAyNDQ0ODAwfQ.';
const localLogin = withOverrides(PUBLIC, { loginEndpoint: 'http://127.0.0.1:9' });

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

describe('the Teams SDK and tokens', () => {
  it('refuses a login endpoint that is not https when it has a client secret, and then ignores `token`', async () => {
    const asked: unknown[] = [];
    const app = new App({
      clientId: 'bot',
      clientSecret: 'secret',
      token: (scope) => {
        asked.push(scope);
        return JWT;
      },
      cloud: localLogin,
      logger,
    });
    await expect(app.tokenProvider.getAppToken()).rejects.toMatchObject({
      errorCode: 'authority_uri_insecure',
    });
    expect(asked).toEqual([]);
  });

  it('asks `token` for the Bot Framework scope when it has no client secret', async () => {
    const asked: unknown[] = [];
    const app = new App({
      clientId: 'bot',
      token: (scope) => {
        asked.push(scope);
        return JWT;
      },
      cloud: localLogin,
      logger,
    });
    expect(String(await app.tokenProvider.getAppToken())).toBe(JWT);
    expect(asked).toEqual(['https://api.botframework.com/.default']);
  });
});
