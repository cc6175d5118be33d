import type { types } from '@slack/bolt';

/** What chat.postMessage and chat.update take: notification text plus Block Kit blocks. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}
