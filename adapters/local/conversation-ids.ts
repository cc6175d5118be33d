import type { LocalPerson } from './workspace-types.ts';

/** The conversation that holds a person's direct messages with the bot. */
export function directConversationId(platformUserId: string): string {
  return `dm-${platformUserId}`;
}

/** The conversation that holds a team channel's posts. */
export function channelConversationId(channelId: string): string {
  return `ch-${channelId}`;
}

/** The conversations a person may read: their own DM and the channels of their teams. */
export function visibleConversationIds(person: LocalPerson): Set<string> {
  return new Set([
    directConversationId(person.platformUserId),
    ...person.teams.map((team) => channelConversationId(team.channelId)),
  ]);
}
