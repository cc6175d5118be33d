import type { Receiver } from '@slack/bolt';
import { Hono } from 'hono';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createSlackBoltApp, singleWorkspaceAuthorize } from '../../../adapters/slack/create-slack-app.ts';
import type { UninstallEvent } from '../../../adapters/slack/handlers/deps.ts';
import { SlackHttpReceiver } from '../../../adapters/slack/http/http-receiver.ts';
import { SlackChatPlatform } from '../../../adapters/slack/platform/slack-chat-platform.ts';
import { SlackWebApi } from '../../../adapters/slack/web-api/slack-web-api.ts';
import { listen, type HttpServer } from '../../../src/http/server.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import type { PulseServices } from '../../../src/app/services.ts';
import type { MessageDocument } from '../../../src/messages/types.ts';
import { FakeServices, ORG } from './fake-services.ts';
import { BOT_TOKEN, FakeSlackApi, SLACK_API_URL } from './fake-slack-api.ts';
import { APP_ID, signedHeaders } from './slack-requests.ts';

export interface Harness<S extends PulseServices = FakeServices> {
  readonly url: string;
  readonly platform: SlackChatPlatform;
  readonly services: S;
  readonly receiver: SlackHttpReceiver;
  readonly uninstalled: UninstallEvent[];
  readonly seen: Set<string>;
  post(
    body: string,
    contentType: string,
    options?: { timestamp?: number; secret?: string; retryNum?: number },
  ): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real Slack stack on a real HTTP server (127.0.0.1, a free port):
 * our receiver, a Bolt app with every listener, the Web API client pointed at
 * the nock-faked Slack, and an in-test PulseServices.
 */
export interface HarnessOptions<S extends PulseServices> {
  readonly nowMilliseconds?: () => number;
  readonly chartPng?: (doc: MessageDocument) => Promise<Uint8Array | undefined>;
  /** Real services instead of the fake, with the organisation workspace T0001 belongs to. */
  readonly services?: S;
  readonly organizationId?: string;
  /** Another receiver for the Bolt app (Socket Mode); the HTTP routes then reach no listener. */
  readonly boltReceiver?: Receiver;
  /** When the receiver answers a request no listener acknowledged (its default 2.5 s). */
  readonly ackTimeoutMs?: number;
  /** How long a card's update may wait for other clicks' acks (the receiver's default 1 s). */
  readonly afterAckMaxWaitMs?: number;
}

export async function startHarness<S extends PulseServices = FakeServices>(
  options: HarnessOptions<S> = {},
): Promise<Harness<S>> {
  const log = createLogger('silent');
  const services = options.services ?? (new FakeServices() as PulseServices as S);
  const organizationId = options.organizationId ?? ORG;
  const api = new SlackWebApi({ slackApiUrl: SLACK_API_URL });
  const workspace = { teamId: 'T0001', botToken: BOT_TOKEN };
  const platform = new SlackChatPlatform({
    api,
    resolveWorkspace: async (org) => (org === organizationId ? workspace : undefined),
    ...(options.chartPng ? { chartPng: options.chartPng } : {}),
  });
  const receiver = new SlackHttpReceiver({
    signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
    log,
    ...(options.nowMilliseconds ? { nowMilliseconds: options.nowMilliseconds } : {}),
    ...(options.ackTimeoutMs ? { ackTimeoutMs: options.ackTimeoutMs } : {}),
    ...(options.afterAckMaxWaitMs ? { afterAckMaxWaitMs: options.afterAckMaxWaitMs } : {}),
  });
  const seen = new Set<string>();
  const uninstalled: UninstallEvent[] = [];
  createSlackBoltApp({
    receiver: options.boltReceiver ?? receiver,
    authorize: singleWorkspaceAuthorize(BOT_TOKEN, { botUserId: 'U0BOT', botId: 'B0BOT' }),
    ownAppId: async () => APP_ID,
    slackApiUrl: SLACK_API_URL,
    services,
    api,
    platform,
    resolveOrganization: async (teamId) => (teamId === 'T0001' ? organizationId : undefined),
    teamForChannel: async (_org, channel) => (channel === 'C0TEAM' ? 'team-1' : undefined),
    seenEvent: async (id) => {
      if (seen.has(id)) return true;
      seen.add(id);
      return false;
    },
    onUninstalled: async (event) => {
      uninstalled.push(event);
    },
    dashboardUrl: () => 'https://pulse.example.com/dashboard',
    afterAcknowledgements: () => receiver.acknowledgements.turn(),
    log,
  });
  const app = new Hono();
  app.route('/', receiver.routes());
  const server: HttpServer = await listen(app, '127.0.0.1', 0);
  return {
    url: server.url,
    platform,
    services,
    receiver,
    uninstalled,
    seen,
    post: (body, contentType, signing = {}) =>
      fetch(`${server.url}/slack/events`, {
        method: 'POST',
        body,
        headers: signedHeaders(body, contentType, signing),
      }),
    close: async () => {
      await receiver.stop();
      await server.close();
      api.close();
    },
  };
}

/** Waits until `check` holds, polling every few milliseconds (never one long sleep). */
export async function eventually(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The harness and the faked Slack Web API of the test that is running. */
export interface HarnessSuite {
  readonly harness: Harness;
  readonly slack: FakeSlackApi;
}

/**
 * A fresh harness and faked Slack Web API around every test of a file, with
 * the network closed except loopback; read them from the returned object.
 */
export function useHarness(
  options: Pick<HarnessOptions<FakeServices>, 'ackTimeoutMs' | 'afterAckMaxWaitMs'> = {},
): HarnessSuite {
  const current: { harness?: Harness; slack?: FakeSlackApi } = {};
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
  beforeEach(async () => {
    current.slack = new FakeSlackApi();
    current.harness = await startHarness(options);
  });
  afterEach(async () => {
    await current.harness?.close();
    nock.cleanAll();
  });
  return {
    get harness() {
      if (!current.harness) throw new Error('the harness is made for each test; use it inside one');
      return current.harness;
    },
    get slack() {
      if (!current.slack) throw new Error('the Slack stand-in is made for each test; use it inside one');
      return current.slack;
    },
  };
}
