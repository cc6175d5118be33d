import type { Account, ActivityParams, ConversationResource, PagedMembersResult } from '@microsoft/teams.api';
import { PlatformSendError } from '../../../src/app/ports.ts';
import type { Clock } from '../../sending/clock.ts';
import { retryAfterMs, type Attempt } from '../../sending/attempt.ts';
import type { AccessTokens } from '../auth/client-credentials.ts';
import {
  ConnectorError,
  RETRIED_STATUSES,
  UNREACHABLE,
  errorBody,
  failedBeforeSending,
} from './connector-error.ts';
import type { ConnectorSender } from './connector-sender.ts';

/** A tenant's Bot Connector: the serviceUrl its activities came from. */
export interface TenantConnector {
  readonly serviceUrl: string;
  readonly tenantId: string;
}

export interface ConversationAddress extends TenantConnector {
  readonly conversationId: string;
}

/** A bot or person as the connector names them: the id (`28:<client id>`, `29:…` or the Entra object id), perhaps a name. */
export type AccountRef = Partial<Account> & { readonly id: string };

export interface BotConnectorOptions {
  readonly tokens: AccessTokens;
  readonly sender: ConnectorSender;
  /** For Retry-After given as a date. */
  readonly clock: Clock;
  readonly fetch?: typeof fetch;
  /** How long one request may take (default 15 s). */
  readonly timeoutMs?: number;
}

interface Call {
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: string;
  readonly body?: unknown;
  /** Repeating it cannot show something twice. */
  readonly idempotent: boolean;
}

/**
 * The Bot Connector REST API (v3) over plain fetch, every call through the
 * rate-limited sender. Plain fetch rather than the SDK's API client: the
 * sender needs the status, the Retry-After header and Microsoft's error code
 * of each answer, which fetch gives as they are (the SDK's client wraps them
 * in axios errors), and the bearer token comes from our own token client, so
 * a token endpoint override applies to sending too.
 */
export class BotConnector {
  private readonly options: BotConnectorOptions;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;

  constructor(options: BotConnectorOptions) {
    this.options = options;
    this.fetch = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  /** Creates (or finds: Teams keeps one per person) the 1:1 conversation between the bot and a person. */
  createConversation(
    to: TenantConnector,
    bot: AccountRef,
    member: AccountRef,
  ): Promise<ConversationResource> {
    return this.call<ConversationResource>(to.tenantId, undefined, false, {
      operation: 'create conversation',
      method: 'POST',
      url: `${base(to.serviceUrl)}/v3/conversations`,
      body: {
        isGroup: false,
        bot,
        members: [member],
        tenantId: to.tenantId,
        channelData: { tenant: { id: to.tenantId } },
      },
      idempotent: true,
    });
  }

  /** Sends an activity; resolves with its id, for later updates. */
  sendActivity(
    to: ConversationAddress,
    activity: ActivityParams,
    options: { interactive?: boolean } = {},
  ): Promise<{ id: string }> {
    return this.call<{ id: string }>(to.tenantId, to.conversationId, options.interactive ?? false, {
      operation: 'send activity',
      method: 'POST',
      url: `${conversation(to)}/activities`,
      body: activity,
      idempotent: false,
    });
  }

  /** Replaces an activity sent earlier (a card's closed state). */
  updateActivity(
    to: ConversationAddress,
    activityId: string,
    activity: ActivityParams,
    options: { interactive?: boolean } = {},
  ): Promise<{ id?: string }> {
    return this.call<{ id?: string }>(to.tenantId, to.conversationId, options.interactive ?? false, {
      operation: 'update activity',
      method: 'PUT',
      url: `${conversation(to)}/activities/${encodeURIComponent(activityId)}`,
      body: { ...activity, id: activityId },
      idempotent: true,
    });
  }

  /** One page of a conversation's (a team's or channel's) members; pass the continuation token for the next. */
  pagedMembers(
    of: ConversationAddress,
    page: { pageSize?: number; continuationToken?: string } = {},
  ): Promise<PagedMembersResult> {
    const query = new URLSearchParams();
    if (page.pageSize !== undefined) query.set('pageSize', String(page.pageSize));
    if (page.continuationToken !== undefined) query.set('continuationToken', page.continuationToken);
    const search = query.size > 0 ? `?${query}` : '';
    return this.call<PagedMembersResult>(of.tenantId, of.conversationId, false, {
      operation: 'list members',
      method: 'GET',
      url: `${conversation(of)}/pagedmembers${search}`,
      idempotent: true,
    });
  }

  private call<T>(tenantId: string, conversationId: string | undefined, interactive: boolean, call: Call) {
    return this.options.sender.send<T>({
      tenantId,
      ...(conversationId === undefined ? {} : { conversationId }),
      ...(interactive ? { interactive } : {}),
      attempt: () => this.attempt<T>(call),
    });
  }

  private async attempt<T>(call: Call): Promise<Attempt<T>> {
    let token: string;
    try {
      token = await this.options.tokens.token();
    } catch (error) {
      const failure = error instanceof PlatformSendError ? error : new PlatformSendError(String(error));
      return { kind: 'failed', error: failure };
    }
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(call.url, {
        method: call.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(call.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        },
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const notSent = failedBeforeSending(error);
      const safe = call.idempotent || notSent;
      const code = notSent ? 'ConnectionFailed' : 'NoResponse';
      // Unanswered, a send may still arrive: whoever tries it again waits as long as it might take.
      const wait = safe ? {} : { retryAfterMs: this.timeoutMs };
      return {
        kind: 'transient',
        safe,
        error: new ConnectorError(call.operation, 0, code, undefined, { cause: error, ...wait }),
      };
    }
    if (response.ok) return { kind: 'ok', value: (text ? JSON.parse(text) : {}) as T };

    const status = response.status;
    const header = response.headers.get('retry-after');
    if (status === 429)
      return { kind: 'rate_limited', retryAfterMs: retryAfterMs(header, this.options.clock) };
    const { code = `Http${status}`, message } = errorBody(text);
    if (UNREACHABLE.get(status)?.has(code)) {
      return {
        kind: 'failed',
        error: new ConnectorError(call.operation, status, code, message, { permanent: true }),
      };
    }
    if (status === 401) {
      // A token the connector no longer takes (rotated secret, revoked): the next try asks for a new one.
      this.options.tokens.forget();
      return {
        kind: 'transient',
        safe: true,
        error: new ConnectorError(call.operation, status, code, message),
      };
    }
    if (RETRIED_STATUSES.has(status)) {
      const wait = header === null ? {} : { retryAfterMs: retryAfterMs(header, this.options.clock) };
      return {
        kind: 'transient',
        safe: true,
        error: new ConnectorError(call.operation, status, code, message, wait),
      };
    }
    return { kind: 'failed', error: new ConnectorError(call.operation, status, code, message) };
  }
}

function base(serviceUrl: string): string {
  return serviceUrl.replace(/\/+$/, '');
}

function conversation(to: ConversationAddress): string {
  return `${base(to.serviceUrl)}/v3/conversations/${encodeURIComponent(to.conversationId)}`;
}
