import { startTeamsCloud } from '../test/support/teams-cloud-standin.ts';

/**
 * The Teams cloud stand-in of the tests (test/support/teams-cloud-standin.ts:
 * the token endpoint and a Bot Connector that keeps Microsoft's limits, 50
 * requests a second per tenant, 7 a second and 60 in 30 seconds per
 * conversation, answering 429 with a whole-second Retry-After and
 * Microsoft's error body past them), in a process of its own so that its CPU
 * is not billed to the bot's sender. The fan-out bench starts it with an IPC
 * channel: it prints its addresses as one JSON line, then answers `mark`
 * (count from here on) and `stats` messages.
 *
 *   node bench/teams-standin.ts --client-id <id> --client-secret <secret>
 */
export interface TeamsStandinStats {
  /** Activities sent to a conversation since the mark (accepted, 201). */
  readonly sent: number;
  /** Distinct conversations that got at least one of them. */
  readonly conversations: number;
  /** Activities beyond the first in a conversation. */
  readonly duplicates: number;
  /** 1:1 conversations created since the mark. */
  readonly created: number;
  /** Requests answered 429 since the mark. */
  readonly rateLimited: number;
  /** Requests answered 2xx since the mark. */
  readonly accepted: number;
}

export type StandinMessage = { readonly type: 'mark' } | { readonly type: 'stats' };

function option(name: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (!value) throw new Error(`teams-standin needs --${name}`);
  return value;
}

const cloud = await startTeamsCloud({
  clientId: option('client-id'),
  clientSecret: option('client-secret'),
  // The limits count on this process's monotonic clock.
  now: () => performance.now(),
});

/** Where counting starts: the requests and activities before it were the warm-up's. */
let mark = { requests: 0, activities: 0 };

function stats(): TeamsStandinStats {
  const requests = cloud.requests.slice(mark.requests);
  const activities = cloud.activities.slice(mark.activities);
  const perConversation = new Map<string, number>();
  for (const { conversationId } of activities) {
    perConversation.set(conversationId, (perConversation.get(conversationId) ?? 0) + 1);
  }
  const accepted = requests.filter((request) => request.status < 300);
  return {
    sent: activities.length,
    conversations: perConversation.size,
    duplicates: activities.length - perConversation.size,
    created: accepted.filter((request) => request.call === 'create').length,
    rateLimited: requests.filter((request) => request.status === 429).length,
    accepted: accepted.length,
  };
}

process.on('message', (message: StandinMessage) => {
  if (message.type === 'mark') {
    mark = { requests: cloud.requests.length, activities: cloud.activities.length };
    process.send?.({ type: 'marked' });
  } else {
    process.send?.({ type: 'stats', stats: stats() });
  }
});
process.on('disconnect', () => void cloud.close().then(() => process.exit(0)));

console.log(JSON.stringify({ serviceUrl: cloud.serviceUrl, tokenUrl: cloud.tokenUrl }));
