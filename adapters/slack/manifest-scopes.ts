/**
 * Which bot scope each Web API method and event this adapter uses needs
 * (from each method's and event's reference page). The manifests list
 * exactly these; a test checks code, this table and the manifests agree.
 */
export const METHOD_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'conversations.open': ['im:write'],
  'conversations.history': ['im:history'],
  'conversations.members': ['channels:read', 'groups:read'],
  'conversations.info': ['channels:read', 'groups:read'],
  'usergroups.users.list': ['usergroups:read'],
  'users.info': ['users:read'],
  'users.list': ['users:read'],
  'views.open': [],
  'views.publish': [],
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
  'auth.test': [],
  'bots.info': ['users:read'],
  'oauth.v2.access': [],
};

export const EVENT_SCOPES: Readonly<Record<string, readonly string[]>> = {
  app_home_opened: [],
  member_joined_channel: ['channels:read', 'groups:read'],
  member_left_channel: ['channels:read', 'groups:read'],
  app_uninstalled: [],
  tokens_revoked: [],
};

/** The slash command needs `commands`. */
export const BOT_SCOPES: readonly string[] = [
  ...new Set([...Object.values(METHOD_SCOPES).flat(), ...Object.values(EVENT_SCOPES).flat(), 'commands']),
].sort();

export const BOT_EVENTS: readonly string[] = Object.keys(EVENT_SCOPES).sort();
