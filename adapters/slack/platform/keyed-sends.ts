import type { SlackAuth, SlackWebApi } from '../web-api/slack-web-api.ts';

/** The metadata event type that marks a message sent with a send key. */
export const SEND_EVENT_TYPE = 'pulse_send';

/**
 * How many of a DM's newest messages are searched. An earlier try of a send
 * is among the last few messages of the bot's DM with the person; 15 is also
 * the most conversations.history gives apps outside the Marketplace.
 */
const HISTORY_LIMIT = 15;

/**
 * Slack message metadata carrying the send key: only the app sees it (in
 * conversations.history with include_all_metadata), the person does not.
 */
export function sendMetadata(key: string): { event_type: string; event_payload: { key: string } } {
  return { event_type: SEND_EVENT_TYPE, event_payload: { key } };
}

interface HistoryMessage {
  readonly ts?: unknown;
  readonly metadata?: { readonly event_type?: unknown; readonly event_payload?: { readonly key?: unknown } };
}

/** The newest message in the DM `channel` marked with `key`, if an earlier try left one. */
export async function findKeyedMessage(
  api: SlackWebApi,
  auth: SlackAuth,
  channel: string,
  key: string,
): Promise<{ channel: string; ts: string } | undefined> {
  const history = await api.call(auth, 'conversations.history', {
    channel,
    limit: HISTORY_LIMIT,
    include_all_metadata: true,
  });
  const messages = (history.messages as HistoryMessage[] | undefined) ?? [];
  const found = messages.find(
    (message) =>
      message.metadata?.event_type === SEND_EVENT_TYPE && message.metadata.event_payload?.key === key,
  );
  return typeof found?.ts === 'string' ? { channel, ts: found.ts } : undefined;
}
