import type { RunningApp } from '../../src/main.ts';
import type { LocalPersonView } from './local-app.ts';

export interface ChannelNudge {
  /** The team channel's conversation in the playground. */
  readonly conversationId: string;
  /** The nudge's message there. */
  readonly messageId: string;
}

/**
 * A team's nudge as the demo brings it: its leader presses "Next send" and
 * "Close round" on the playground's demo clock, and the closed round's nudge
 * lands in the team's channel.
 */
export async function closeRoundForNudge(app: RunningApp, leader: LocalPersonView): Promise<ChannelNudge> {
  const as = encodeURIComponent(leader.id);
  for (const step of ['next-send', 'close-round']) {
    const response = await fetch(`${app.url}/api/clock/${step}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ as: leader.id }),
    });
    if (!response.ok) throw new Error(`the demo clock refused ${step}: ${response.status}`);
  }
  const { conversations } = (await (await fetch(`${app.url}/api/conversations?as=${as}`)).json()) as {
    conversations: { id: string; kind: string }[];
  };
  for (const conversation of conversations.filter((candidate) => candidate.kind === 'channel')) {
    const url = `${app.url}/api/conversations/${encodeURIComponent(conversation.id)}/messages?as=${as}`;
    const { messages } = (await (await fetch(url)).json()) as { messages: { id: string; kind: string }[] };
    const nudge = messages.findLast((message) => message.kind === 'nudge');
    if (nudge) return { conversationId: conversation.id, messageId: nudge.id };
  }
  throw new Error(`no nudge reached a channel of ${leader.platformUserId}`);
}
