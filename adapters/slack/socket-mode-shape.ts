import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/logging/logger.ts';
import { missingField } from './http/payload-shape.ts';

type SlackEventListener = (event: {
  body?: unknown;
  ack: (response?: unknown) => Promise<void>;
}) => Promise<void>;

/**
 * Socket Mode gets the same check as the HTTP receiver (`payload-shape.ts`):
 * an envelope whose payload lacks a field Bolt or a listener relies on is
 * acknowledged, so Slack does not send it again, and goes no further. Without
 * it such a payload throws inside Bolt, where Socket Mode has no response to
 * fail and the rejection escapes the client's event emitter.
 */
export function refuseIncompletePayloads(receiver: SocketModeReceiver, log: Logger): SocketModeReceiver {
  const bolt = receiver.client.listeners('slack_event') as SlackEventListener[];
  receiver.client.removeAllListeners('slack_event');
  receiver.client.on('slack_event', async (event: Parameters<SlackEventListener>[0]) => {
    const body = event.body;
    const missing =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? missingField(body as Record<string, unknown>)
        : 'payload';
    if (missing !== undefined) {
      log.warn(
        { missing },
        'slack: a Socket Mode payload without a field it needs; acknowledged and dropped',
      );
      await event.ack();
      return;
    }
    for (const listener of bolt) await listener(event);
  });
  return receiver;
}
