import type { Locale } from '../model/keys.ts';
import type { MessageDocument } from '../messages/types.ts';

/**
 * The one door between the use cases and a chat platform. Slack, Teams and
 * the local web chat implement it; the use cases never know which one runs.
 */
export interface ChatPlatform {
  readonly name: 'slack' | 'teams' | 'local';
  /**
   * A direct message to one person; resolves with a reference for later
   * updates. With `options.key`, a platform that cannot tell whether an
   * earlier try arrived (a reply lost to a timeout) finds that message
   * instead of sending a second one.
   */
  sendDirect(person: PersonAddress, message: MessageDocument, options?: SendOptions): Promise<MessageRef>;
  /** A message in a team's channel. */
  post(channel: ChannelAddress, message: MessageDocument): Promise<MessageRef>;
  /** Replaces a message sent earlier. */
  update(ref: MessageRef, message: MessageDocument): Promise<void>;
  /** The people in a team's source (channel or user group), bots and deactivated users left out. */
  listMembers(team: TeamSource): Promise<MemberProfile[]>;
  profile(person: PersonAddress): Promise<MemberProfile>;
}

/** What makes repeated tries of one send recognisable as the same send. */
export interface SendOptions {
  /** The same on every try of one send, different for every other send; opaque, it goes into the message. */
  readonly key: string;
  /** An earlier try of this send may have arrived (the job ran before): look for it before sending. */
  readonly triedBefore?: boolean;
}

export interface PersonAddress {
  readonly organizationId: string;
  /** The id the platform knows the person by (Slack user id, Teams AAD object id, local id). */
  readonly platformUserId: string;
}

export interface ChannelAddress {
  readonly organizationId: string;
  readonly channelId: string;
}

export interface TeamSource {
  readonly organizationId: string;
  readonly source: 'channel' | 'usergroup' | 'manual';
  readonly sourceId: string;
}

/** Where a sent message lives, serialised into the database as JSON. */
export interface MessageRef {
  readonly conversationId: string;
  readonly messageId: string;
}

export interface MemberProfile {
  readonly platformUserId: string;
  readonly displayName: string;
  readonly timeZone?: string;
  readonly locale?: Locale;
  readonly isGuest?: boolean;
}

/**
 * Thrown by an adapter when a send failed. `retryAfterMs` is the platform's
 * own wait (Slack's Retry-After); `permanent` means retrying cannot help
 * (the user left, the channel is gone), so the work is ended, and logged.
 */
export class PlatformSendError extends Error {
  readonly retryAfterMs: number | undefined;
  readonly permanent: boolean;

  constructor(
    message: string,
    options: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PlatformSendError';
    this.retryAfterMs = options.retryAfterMs;
    this.permanent = options.permanent ?? false;
  }
}
