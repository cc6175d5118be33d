import { PulseError } from '../../../src/errors.ts';
import { SlackApiError, type SlackAuth, type SlackWebApi } from '../web-api/slack-web-api.ts';

/** The channels, people and user groups an admin command names. */
export interface NamedInCommand {
  readonly channels?: readonly string[];
  readonly users?: readonly string[];
  readonly usergroups?: readonly string[];
}

/**
 * Refuses a command that names something its own workspace cannot see. The
 * ids in a slash command are typed text: an admin of one workspace could
 * write another workspace's channel or user id and register it as a team or
 * a leader. Each id is asked of Slack with the workspace's own token, which
 * answers `channel_not_found`, `user_not_found` or `no_such_subteam` for
 * anything outside it. A person who is only visible through a shared channel
 * (Slack Connect) belongs to another workspace and is refused too.
 */
export async function checkNamedInWorkspace(
  api: SlackWebApi,
  auth: SlackAuth,
  named: NamedInCommand,
): Promise<void> {
  for (const channel of named.channels ?? []) {
    await askOrRefuse(
      () => api.call(auth, 'conversations.info', { channel }),
      ['channel_not_found'],
      `Channel ${channel} is not in this workspace, or the bot cannot see it. Pick one of this workspace's channels and invite the bot there first.`,
    );
  }
  for (const user of named.users ?? []) {
    const refusal = `${user} is not a member of this workspace. Name someone from this workspace.`;
    const response = await askOrRefuse(
      () => api.call(auth, 'users.info', { user }),
      ['user_not_found'],
      refusal,
    );
    if (!belongsTo(response.user, auth.teamId)) throw new PulseError('usage', refusal);
  }
  for (const usergroup of named.usergroups ?? []) {
    await askOrRefuse(
      () => api.call(auth, 'usergroups.users.list', { usergroup }),
      ['no_such_subteam', 'subteam_not_found'],
      `User group ${usergroup} is not in this workspace. Name one of this workspace's user groups.`,
    );
  }
}

async function askOrRefuse<T>(
  ask: () => Promise<T>,
  notHere: readonly string[],
  refusal: string,
): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof SlackApiError && notHere.includes(error.code)) {
      throw new PulseError('usage', refusal, { cause: error });
    }
    throw error;
  }
}

/** A user is this workspace's when their home team is it (or, on Enterprise Grid, one of their teams is). */
function belongsTo(user: unknown, teamId: string): boolean {
  const { team_id: home, enterprise_user: grid } = (user ?? {}) as {
    team_id?: unknown;
    enterprise_user?: { teams?: unknown };
  };
  if (home === teamId) return true;
  return Array.isArray(grid?.teams) && grid.teams.includes(teamId);
}
