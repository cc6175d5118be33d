import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { visibleConversationIds } from './conversation-ids.ts';
import type { LocalChatPlatform } from './local-chat-platform.ts';
import type { MessageRenderer } from './message-view.ts';
import type { LocalPerson, WorkspaceEvent } from './workspace-types.ts';

export interface EventStreamOptions {
  readonly platform: LocalChatPlatform;
  readonly renderer: MessageRenderer;
  /** How often an idle stream sends a ping, so proxies and browsers keep it open. */
  readonly heartbeatMs: number;
}

/**
 * Server-sent events for one viewer: every new or updated message in a
 * conversation they may read, as `event: message` with the rendered item.
 * Events are written one at a time, in the order they happened.
 */
export function messageEvents(c: Context, viewer: LocalPerson, options: EventStreamOptions): Response {
  const visible = visibleConversationIds(viewer);
  return streamSSE(c, async (stream) => {
    const queue: WorkspaceEvent[] = [];
    let wake: (() => void) | undefined;
    let closed = false;
    const unsubscribe = options.platform.subscribe((event) => {
      if (!visible.has(event.message.conversationId)) return;
      queue.push(event);
      wake?.();
    });
    stream.onAbort(() => {
      closed = true;
      unsubscribe();
      wake?.();
    });

    try {
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ as: viewer.id }), retry: 2000 });
      while (!closed) {
        for (let event = queue.shift(); event && !closed; event = queue.shift()) {
          const message = await options.renderer.view(event.message, viewer);
          await stream.writeSSE({ event: 'message', data: JSON.stringify({ type: event.type, message }) });
        }
        if (closed) break;
        const idle = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(true), options.heartbeatMs);
          wake = () => {
            clearTimeout(timer);
            resolve(false);
          };
        });
        wake = undefined;
        if (idle && !closed) await stream.writeSSE({ event: 'ping', data: '' });
      }
    } finally {
      unsubscribe();
    }
  });
}
