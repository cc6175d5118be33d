import type { TeamsCloudStandin, TeamsMember, TokenClaims } from '../../support/teams-cloud-standin.ts';

/** The ids of one tenant with one team, as Teams names them. */
export const TEAMS_IDS = {
  CLIENT_ID: '3f1b7c2e-5a4d-4e8b-9c1f-2d6a7b8c9d0e',
  TENANT: '8a4c2b1e-3d5f-4a6b-9c7d-1e2f3a4b5c6d',
  /** The team's General channel, whose conversation id is the team's id. */
  TEAM: '19:support-general@thread.tacv2',
  LEADER: '29:lea',
  /** The leader's 1:1 chat with the bot, known to Teams before the test starts. */
  LEADER_CHAT: 'a:lea-chat',
} as const;

/** Members of a team roster, from short names: `29:<name>` ids, as Teams gives them. */
export function teamsPeople(names: readonly string[]): TeamsMember[] {
  return names.map((name) => ({ id: `29:${name}`, name, aadObjectId: `aad-${name}` }));
}

/**
 * Posts an activity to the bot's messaging endpoint as Teams would: from the
 * stand-in's Bot Connector, to the bot, with a bearer token the stand-in
 * signed (forged or expired when `claims` say so).
 */
export function signedActivity(
  botUrl: string,
  cloud: TeamsCloudStandin,
  activity: Record<string, unknown>,
  claims?: TokenClaims,
): Promise<Response> {
  const { CLIENT_ID, TENANT } = TEAMS_IDS;
  const body = {
    id: `activity-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: cloud.serviceUrl,
    recipient: { id: `28:${CLIENT_ID}`, name: 'Excellence Pulse' },
    channelData: { tenant: { id: TENANT } },
    ...activity,
  };
  return fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cloud.signToken(claims)}` },
    body: JSON.stringify(body),
  });
}

/** Every `Action.Execute` with this verb in a sent activity's cards: what a tap would send back. */
export function executeActions(
  activity: unknown,
  verb: string,
): { verb: string; data: Record<string, unknown> }[] {
  if (Array.isArray(activity)) return activity.flatMap((item) => executeActions(item, verb));
  if (!activity || typeof activity !== 'object') return [];
  const node = activity as { type?: unknown; verb?: unknown; data?: unknown };
  const own =
    node.type === 'Action.Execute' && node.verb === verb
      ? [{ verb, data: (node.data ?? {}) as Record<string, unknown> }]
      : [];
  return [...own, ...Object.values(activity).flatMap((value) => executeActions(value, verb))];
}

/** A tap on a card's `Action.Execute`, as Teams sends it: an `adaptiveCard/action` invoke from the person. */
export function tapActivity(
  from: string,
  conversation: { readonly id: string; readonly conversationType: 'personal' | 'channel' },
  action: { readonly verb: string; readonly data: Record<string, unknown> },
): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    from: { id: from },
    conversation: { ...conversation, tenantId: TEAMS_IDS.TENANT },
    value: { action: { type: 'Action.Execute', ...action }, trigger: 'manual' },
  };
}
