import { clientCredentialsTokens } from '../../../adapters/teams/auth/client-credentials.ts';
import { BotConnector, type ConversationAddress } from '../../../adapters/teams/connector/bot-connector.ts';
import {
  ConnectorSender,
  type ConnectorSenderOptions,
} from '../../../adapters/teams/connector/connector-sender.ts';
import { FakeClock } from '../../slack/support/fake-clock.ts';
import {
  startTeamsCloud,
  type TeamsCloudOptions,
  type TeamsCloudStandin,
} from '../../support/teams-cloud-standin.ts';

export const CLIENT_ID = '3f1b7c2e-5a4d-4e8b-9c1f-2d6a7b8c9d0e';
export const TENANT = 'tenant-1';
export const BOT = { id: `28:${CLIENT_ID}` };

export interface ConnectorStack {
  readonly cloud: TeamsCloudStandin;
  readonly clock: FakeClock;
  readonly sender: ConnectorSender;
  readonly connector: BotConnector;
  /** 1:1 conversations that exist already (as many as `chats` asked for). */
  readonly chats: readonly ConversationAddress[];
  /** The 1:1 conversation with a person, created through the connector. */
  conversationWith(person: string): Promise<ConversationAddress>;
  close(): Promise<void>;
}

/**
 * The bot's sending side (token client, rate-limited sender, Bot Connector
 * client) against the loopback Teams cloud, all on one virtual clock: the
 * sender's waits move it forward at once, and the stand-in counts its limits
 * on it too.
 */
export async function startConnectorStack(
  options: {
    sender?: Partial<ConnectorSenderOptions>;
    cloud?: Partial<TeamsCloudOptions>;
    chats?: number;
  } = {},
): Promise<ConnectorStack> {
  const clock = new FakeClock();
  const existing = Array.from({ length: options.chats ?? 0 }, (_, i) => `a:1aad-${i}`);
  const cloud = await startTeamsCloud({
    clientId: CLIENT_ID,
    clientSecret: 'secret-1',
    tenantId: TENANT,
    now: () => clock.now(),
    conversations: existing,
    ...options.cloud,
  });
  const tokens = clientCredentialsTokens({
    clientId: CLIENT_ID,
    clientSecret: 'secret-1',
    tokenUrl: cloud.tokenUrl,
    clock: { now: () => new Date(clock.now()) },
  });
  const sender = new ConnectorSender({ clock, random: () => 0.5, ...options.sender });
  const connector = new BotConnector({ tokens, sender, clock });
  const to = { serviceUrl: cloud.serviceUrl, tenantId: TENANT };
  return {
    cloud,
    clock,
    sender,
    connector,
    chats: existing.map((conversationId) => ({ ...to, conversationId })),
    conversationWith: async (person) => {
      const { id } = await connector.createConversation(to, BOT, { id: person });
      return { ...to, conversationId: id };
    },
    close: async () => {
      sender.close();
      await cloud.close();
    },
  };
}

export const message = (text: string) => ({ type: 'message' as const, text });
