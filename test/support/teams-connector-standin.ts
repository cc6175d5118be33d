/**
 * The Bot Connector part of the Teams stand-in (see teams-cloud-standin.ts):
 * routes, Microsoft's limits, scripted failures and what was sent.
 */
export interface TeamsMember {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
  readonly userRole?: 'user' | 'guest';
}

export type ConnectorCall = 'create' | 'send' | 'update' | 'members';

/** An answer to script: a status with Microsoft's error code, and Retry-After for a 429. */
export interface ScriptedFailure {
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  readonly retryAfterSeconds?: number;
}

export const BLOCKED_BY_USER: ScriptedFailure = {
  status: 403,
  code: 'ConversationBlockedByUser',
  message: 'User blocked the conversation with the bot.',
};
export const SERVICE_UNAVAILABLE: ScriptedFailure = {
  status: 503,
  code: 'ServiceError',
  message: 'Service Unavailable',
};
export const tooManyRequests = (retryAfterSeconds: number): ScriptedFailure => ({
  status: 429,
  code: 'TooManyRequests',
  message: 'Too many requests.',
  retryAfterSeconds,
});

export interface ConnectorRequest {
  readonly call: ConnectorCall;
  readonly conversationId: string | undefined;
  readonly status: number;
  /** On the stand-in's `now`. */
  readonly at: number;
}

export interface StoredActivity {
  readonly conversationId: string;
  readonly id: string;
  activity: Record<string, unknown>;
  updates: number;
}

export type Answer = readonly [status: number, body: unknown, headers?: Record<string, string>];

interface Route {
  readonly call: ConnectorCall;
  readonly conversationId?: string;
  readonly activityId?: string;
}

type Windows = readonly { readonly count: number; readonly ms: number }[];

/** Microsoft's published limits: per conversation 7 a second and 60 in 30 s; per tenant 50 a second. */
const CONVERSATION_LIMITS: Windows = [
  { count: 7, ms: 1000 },
  { count: 60, ms: 30_000 },
];
const TENANT_LIMITS: Windows = [{ count: 50, ms: 1000 }];

export class ConnectorStandin {
  readonly requests: ConnectorRequest[] = [];
  readonly activities: StoredActivity[] = [];
  private readonly rosters: Readonly<Record<string, readonly TeamsMember[]>>;
  private readonly defaultTenant: string;
  private readonly now: () => number;
  private readonly scripted = new Map<ConnectorCall, ScriptedFailure[]>();
  private readonly tenantOf = new Map<string, string>();
  private readonly seen = new Map<string, number[]>();

  constructor(
    known: { rosters: Readonly<Record<string, readonly TeamsMember[]>>; conversations: readonly string[] },
    defaultTenant: string,
    now: () => number,
  ) {
    this.rosters = known.rosters;
    this.defaultTenant = defaultTenant;
    this.now = now;
    for (const id of [...Object.keys(known.rosters), ...known.conversations])
      this.tenantOf.set(id, defaultTenant);
  }

  failNext(call: ConnectorCall, failures: readonly ScriptedFailure[]): void {
    this.scripted.set(call, [...(this.scripted.get(call) ?? []), ...failures]);
  }

  /** A request under `/amer/`, its bearer token already checked; undefined when no route matches. */
  answer(method: string, path: string, query: URLSearchParams, raw: string): Answer | undefined {
    const route = routeOf(method, path);
    if (!route) return undefined;
    const at = this.now();
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const tenant = route.conversationId
      ? (this.tenantOf.get(threadOf(route.conversationId)) ?? this.defaultTenant)
      : String(body.tenantId ?? this.defaultTenant);
    const limits: [string, Windows][] = [[`tenant:${tenant}`, TENANT_LIMITS]];
    if (route.conversationId) limits.push([`conversation:${route.conversationId}`, CONVERSATION_LIMITS]);
    const record = (answer: Answer): Answer => {
      this.requests.push({ call: route.call, conversationId: route.conversationId, status: answer[0], at });
      return answer;
    };
    const wait = this.overLimit(limits, at);
    if (wait > 0)
      return record(fault(429, 'TooManyRequests', 'Too many requests.', { 'retry-after': String(wait) }));
    const failure = this.scripted.get(route.call)?.shift();
    if (failure) {
      const retryAfter = failure.retryAfterSeconds;
      const headers = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
      return record(
        fault(failure.status, failure.code ?? 'ServiceError', failure.message ?? 'Failed.', headers),
      );
    }
    return record(this.handle(route, body, query));
  }

  /** Whole seconds until every key may have another request, or 0 (and the request is counted). */
  private overLimit(limits: readonly [string, Windows][], at: number): number {
    let wait = 0;
    for (const [key, windows] of limits) {
      const times = this.seen.get(key) ?? [];
      for (const { count, ms } of windows) {
        const recent = times.filter((time) => time > at - ms);
        if (recent.length >= count) wait = Math.max(wait, recent[recent.length - count]! + ms - at);
      }
    }
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    for (const [key] of limits) this.seen.set(key, [...(this.seen.get(key) ?? []), at].slice(-60));
    return 0;
  }

  private handle(route: Route, body: Record<string, unknown>, query: URLSearchParams): Answer {
    const { call, conversationId, activityId } = route;
    if (call === 'create') {
      const channelData = body.channelData as { tenant?: { id?: string } } | undefined;
      const tenantId = (body.tenantId as string | undefined) ?? channelData?.tenant?.id;
      const member = (body.members as { id?: string }[] | undefined)?.[0]?.id;
      if (!tenantId || !member || body.isGroup === true) {
        return fault(400, 'BadSyntax', 'Incorrect conversation creation parameters');
      }
      // Teams keeps one 1:1 conversation per person and bot.
      const id = `a:1${member}`;
      this.tenantOf.set(id, tenantId);
      return [201, { id }];
    }
    if (!conversationId || !this.tenantOf.has(threadOf(conversationId))) {
      return fault(404, 'ConversationNotFound', 'Conversation not found.');
    }
    if (call === 'send') {
      const id = `1:${this.activities.length + 1}`;
      this.activities.push({ conversationId, id, activity: body, updates: 0 });
      return [201, { id }];
    }
    if (call === 'update') {
      const stored = this.activities.find(
        (item) => item.conversationId === conversationId && item.id === activityId,
      );
      if (!stored) return fault(404, 'ActivityNotFoundInConversation', 'Activity not found in conversation.');
      stored.activity = body;
      stored.updates += 1;
      return [200, { id: stored.id }];
    }
    const roster = this.rosters[conversationId] ?? [];
    const start = Number(query.get('continuationToken') ?? '0');
    const size = Number(query.get('pageSize') ?? '200');
    const next = start + size < roster.length ? String(start + size) : undefined;
    const members = roster
      .slice(start, start + size)
      .map((member) => ({ ...member, userRole: member.userRole ?? 'user' }));
    return [200, { members, ...(next ? { continuationToken: next } : {}) }];
  }
}

/** A reply in a channel's thread goes to `<channel id>;messageid=<root>`: the channel's conversation. */
function threadOf(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

function routeOf(method: string, path: string): Route | undefined {
  const match =
    /^\/amer\/v3\/conversations(?:\/([^/]+)(?:\/(activities|pagedmembers)(?:\/([^/]+))?)?)?$/i.exec(path);
  if (!match) return undefined;
  const [, conversation, what, activity] = match;
  const ids = {
    ...(conversation === undefined ? {} : { conversationId: decodeURIComponent(conversation) }),
    ...(activity === undefined ? {} : { activityId: decodeURIComponent(activity) }),
  };
  const kind = what?.toLowerCase();
  if (method === 'POST' && conversation === undefined) return { call: 'create' };
  if (method === 'POST' && kind === 'activities' && activity === undefined) return { call: 'send', ...ids };
  if (method === 'PUT' && kind === 'activities' && activity !== undefined) return { call: 'update', ...ids };
  if (method === 'GET' && kind === 'pagedmembers') return { call: 'members', ...ids };
  return undefined;
}

function fault(status: number, code: string, message: string, headers: Record<string, string> = {}): Answer {
  return [status, { error: { code, message } }, headers];
}
