import {
  isTeamOperation,
  organizationHolidaysCommand,
  teamOperationCommand,
} from '../../../src/app/admin-command-words.ts';
import type { AdminCommand } from '../../../src/app/admin-services.ts';
import type { PersonView } from '../../../src/app/services.ts';
import { PulseError } from '../../../src/errors.ts';
import { t } from '../../../src/messages/index.ts';
import type { Notice } from '../../../src/messages/types.ts';
import { PULSE_COMMAND } from '../render/feature-reach.ts';
import type { SlackAuth } from '../web-api/slack-web-api.ts';
import type { SlackHandlerDeps } from './deps.ts';
import { checkNamedInWorkspace } from './workspace-names.ts';

/** `<#C123|name>` (an escaped channel mention) → its id and name; `<@U123|name>` → the user id. */
export const CHANNEL = /^<#([^|>]+)(?:\|([^>]*))?>$/;
export const USER = /^<@([^|>]+)(?:\|[^>]*)?>$/;

/** Whether `/pulse <sub> <args>` is one of the operations below. */
export function isAdminOperation(sub: string, args: readonly string[]): boolean {
  return (
    (sub === 'team' && isTeamOperation(args[0]?.toLowerCase())) ||
    (sub === 'person' && args[0]?.toLowerCase() === 'remove') ||
    sub === 'org-holidays'
  );
}

/**
 * `/pulse team schedule|pause|resume|remove|send-now|close-now #channel …`,
 * `/pulse person remove @person` and `/pulse org-holidays NL`. Someone who is
 * not an admin is told so in their language by the use case, before any
 * channel or person they named is looked up; for an admin, every channel
 * and person named must be this workspace's own.
 */
export async function runAdminOperation(
  deps: SlackHandlerDeps,
  auth: () => SlackAuth,
  person: PersonView,
  sub: string,
  args: readonly string[],
): Promise<Notice> {
  const command = commandOf(person, sub, args, deps.commandName ?? PULSE_COMMAND);
  if (person.isAdmin) {
    await checkNamedInWorkspace(deps.api, auth(), {
      channels: 'channelId' in command ? [command.channelId] : [],
      users: 'platformUserId' in command ? [command.platformUserId] : [],
      usergroups: [],
    });
  }
  return deps.services.administer(person.id, command);
}

function commandOf(person: PersonView, sub: string, args: readonly string[], slash: string): AdminCommand {
  const usage = () => new PulseError('usage', t(person.locale, 'admin.usage', { command: `${slash} ` }));
  if (sub === 'org-holidays') return organizationHolidaysCommand(args[0]);
  if (sub === 'person') {
    const user = args.map((arg) => USER.exec(arg)?.[1]).find(Boolean);
    if (!user) throw usage();
    return { kind: 'remove-person', platformUserId: user };
  }
  const [operation, ...rest] = args;
  const channelId = rest.map((arg) => CHANNEL.exec(arg)?.[1]).find(Boolean);
  const word = operation?.toLowerCase();
  if (!channelId || !isTeamOperation(word)) throw usage();
  return teamOperationCommand(
    word,
    channelId,
    rest.filter((arg) => !CHANNEL.test(arg)),
  );
}
