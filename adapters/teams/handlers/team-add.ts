import type { Activity } from '@microsoft/teams.api';
import type { PersonView } from '../../../src/app/services.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { TeamsHandlerDeps } from './deps.ts';

/** `team add` typed to the bot in a channel, perhaps with an @mention of the leader. */
export function isTeamAdd(activity: Activity): boolean {
  if (activity.type !== 'message' || activity.conversation.conversationType !== 'channel') return false;
  const words = (activity.text ?? '')
    .replace(/<at>.*?<\/at>/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/);
  return words[0] === 'team' && words[1] === 'add';
}

/**
 * Registers the channel the command was typed in as a team: its members are
 * the team, its nudges go there, and a person @mentioned besides the bot
 * leads it. Only an admin may (the use case checks); the channel is named
 * by Teams itself, so nobody can name a channel of another tenant.
 */
export async function addTeamFromChannel(
  deps: TeamsHandlerDeps,
  person: PersonView,
  activity: Activity,
): Promise<Notice> {
  const channelData = activity.channelData;
  // A reply in a thread carries `;messageid=…` after the channel's id.
  const channelId =
    channelData?.channel?.id ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  const leader = activity.entities
    ?.filter((entity) => entity.type === 'mention')
    .map((entity) => (entity as { mentioned?: { id?: string } }).mentioned?.id)
    .find((id): id is string => typeof id === 'string' && id !== activity.recipient.id);
  return deps.services.addTeam(person.id, {
    name: channelData?.channel?.name ?? channelData?.team?.name ?? channelId,
    channelId,
    ...(leader ? { leaderPlatformUserId: leader } : {}),
  });
}
