import type { Activity } from '@microsoft/teams.api';
import {
  isTeamOperation,
  organizationHolidaysCommand,
  teamOperationCommand,
} from '../../../src/app/admin-command-words.ts';
import type { PersonView } from '../../../src/app/services.ts';
import { PulseError } from '../../../src/errors.ts';
import { t } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import type { TeamsHandlerDeps } from './deps.ts';

/** What an admin types to the bot in a channel, @mentioning people (`<at>…</at>`). */
export type AdminCommand = 'team add' | 'leader' | 'hr' | 'admin' | 'operation';

/**
 * An admin command typed in a channel, or undefined: `team add [@leader]`,
 * `leader @person`, `hr @person`, `admin @person`. Only in a channel, where
 * Teams itself names the channel and the people mentioned, so nobody can
 * name a channel or person of another tenant.
 */
export function adminCommandOf(activity: Activity): AdminCommand | undefined {
  if (activity.type !== 'message' || activity.conversation.conversationType !== 'channel') return undefined;
  const [first, second] = (activity.text ?? '')
    .replace(/<at>.*?<\/at>/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/);
  if (first === 'team' && second === 'add') return 'team add';
  // `team pause` …, `person remove @person`, `org-holidays NL`: see admin-operations.ts.
  if ((first === 'team' && isTeamOperation(second)) || (first === 'person' && second === 'remove'))
    return 'operation';
  if (first === 'org-holidays') return 'operation';
  return first === 'leader' || first === 'hr' || first === 'admin' ? first : undefined;
}

/**
 * Runs an admin command for the person who typed it; the use cases check
 * that they are an admin. `team add` registers the channel it was typed in
 * as a team (its members are the team, its nudges go there) with the person
 * mentioned as its leader; `leader` makes the person mentioned the leader of
 * this channel's team; `hr` and `admin` give the person mentioned that role.
 */
export async function runAdminCommand(
  deps: TeamsHandlerDeps,
  person: PersonView,
  activity: Activity,
  command: AdminCommand,
): Promise<Notice> {
  const channelData = activity.channelData;
  // A reply in a thread carries `;messageid=…` after the channel's id.
  const channelId =
    channelData?.channel?.id ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  const mentioned = activity.entities
    ?.filter((entity) => entity.type === 'mention')
    .map((entity) => (entity as { mentioned?: { id?: string } }).mentioned?.id)
    .find((id): id is string => typeof id === 'string' && id !== activity.recipient.id);
  if (command === 'operation') return runOperation(deps, person, activity, channelId, mentioned);
  if (command === 'team add') {
    const team = channelData?.team?.id;
    return deps.services.addTeam(person.id, {
      name: channelData?.channel?.name ?? channelData?.team?.name ?? channelId,
      channelId,
      // Members come from the Teams team (a channel's members are its team's), which ties the pulse
      // team to it: its member changes and the app's removal from it reach this pulse team.
      ...(team ? { groupId: team } : {}),
      ...(mentioned ? { leaderPlatformUserId: mentioned } : {}),
    });
  }
  if (!mentioned) throw new PulseError('usage', adminUsage(person.locale));
  return deps.services.assignRole(person.id, {
    platformUserId: mentioned,
    role: command,
    ...(command === 'leader' ? { channelId } : {}),
  });
}

/** How an admin sets up and runs teams in Teams, in their language (for the help, and a malformed command). */
export function adminUsage(locale: Locale): string {
  const bot = '@Excellence Pulse';
  return `${t(locale, 'chat.admin-usage.in-channel', { bot })}\n\n${t(locale, 'admin.usage.in-channel', { bot })}`;
}

/**
 * `team schedule|pause|resume|remove|send-now|close-now` on this channel's
 * team, `person remove @person` and `org-holidays NL`. The use case tells
 * anyone who is not an admin that only admins can.
 */
function runOperation(
  deps: TeamsHandlerDeps,
  person: PersonView,
  activity: Activity,
  channelId: string,
  mentioned: string | undefined,
): Promise<Notice> {
  const typed = activity.type === 'message' ? activity.text : '';
  const [first, second, ...rest] = (typed ?? '')
    .replace(/<at>.*?<\/at>/g, ' ')
    .trim()
    .split(/\s+/);
  const operation = second?.toLowerCase();
  if (first?.toLowerCase() === 'org-holidays') {
    return deps.services.administer(person.id, organizationHolidaysCommand(second));
  }
  if (isTeamOperation(operation)) {
    return deps.services.administer(person.id, teamOperationCommand(operation, channelId, rest));
  }
  if (!mentioned) throw new PulseError('usage', adminUsage(person.locale));
  return deps.services.administer(person.id, { kind: 'remove-person', platformUserId: mentioned });
}
