/**
 * The fields Bolt and our listeners read from each kind of Slack payload.
 * Slack always sends them; a signed payload without one (a replay edited by
 * someone holding the signing secret, a proxy that drops fields, a Slack
 * change) would otherwise fail deep inside Bolt or a listener and answer 500.
 * The receiver refuses such a payload with 400 and names the field instead.
 */
type Kind = 'string' | 'object' | 'array';
type Rule = readonly [path: string, kind: Kind];

const INTERACTIVE: readonly Rule[] = [
  ['type', 'string'],
  ['user', 'object'],
  ['user.id', 'string'],
  // An org-wide (Enterprise Grid) install may send `team: null`; the user's team then says which workspace.
  ['team.id|user.team_id', 'string'],
];

const BY_TYPE: Readonly<Record<string, readonly Rule[]>> = {
  block_actions: [
    ['actions', 'array'],
    ['actions.0', 'object'],
    ['actions.0.action_id', 'string'],
  ],
  view_submission: [
    ['view', 'object'],
    ['view.callback_id', 'string'],
    ['view.state', 'object'],
    ['view.state.values', 'object'],
  ],
  view_closed: [
    ['view', 'object'],
    ['view.callback_id', 'string'],
  ],
};

const EVENT_CALLBACK: readonly Rule[] = [
  ['team_id', 'string'],
  ['api_app_id', 'string'],
  ['event', 'object'],
  ['event.type', 'string'],
];

/** Fields of the events we listen to, beyond the envelope. */
const BY_EVENT: Readonly<Record<string, readonly Rule[]>> = {
  member_joined_channel: [
    ['event.channel', 'string'],
    ['event.user', 'string'],
  ],
  member_left_channel: [
    ['event.channel', 'string'],
    ['event.user', 'string'],
  ],
  app_home_opened: [['event.user', 'string']],
  tokens_revoked: [['event.tokens', 'object']],
};

const SLASH_COMMAND: readonly Rule[] = [
  ['command', 'string'],
  ['team_id', 'string'],
  ['user_id', 'string'],
  ['channel_id', 'string'],
];

/** The first field `body` lacks (or holds with the wrong type), or undefined when it is whole. */
export function missingField(body: Record<string, unknown>): string | undefined {
  return firstMissing(body, rulesFor(body));
}

function rulesFor(body: Record<string, unknown>): readonly Rule[] {
  if (body.type === 'event_callback') {
    const event = body.event as { type?: unknown } | null | undefined;
    const type = typeof event?.type === 'string' ? event.type : '';
    return [...EVENT_CALLBACK, ...(Object.hasOwn(BY_EVENT, type) ? BY_EVENT[type]! : [])];
  }
  // A slash command is a plain form: no `type` field, a `command` one.
  if (body.type === undefined && 'command' in body) return SLASH_COMMAND;
  const type = typeof body.type === 'string' ? body.type : '';
  return [...INTERACTIVE, ...(Object.hasOwn(BY_TYPE, type) ? BY_TYPE[type]! : [])];
}

function firstMissing(body: Record<string, unknown>, rules: readonly Rule[]): string | undefined {
  for (const [path, kind] of rules) {
    if (!path.split('|').some((option) => hasKind(valueAt(body, option), kind))) return path;
  }
  return undefined;
}

function valueAt(body: unknown, path: string): unknown {
  let at = body;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function hasKind(value: unknown, kind: Kind): boolean {
  if (kind === 'array') return Array.isArray(value) && value.length > 0;
  if (kind === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === 'string' && value.length > 0;
}
