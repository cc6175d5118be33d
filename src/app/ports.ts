import type { Locale } from '../model/keys.ts';
import type { MessageDocument } from '../messages/types.ts';

/**
 * The one door between the use cases and a chat platform. Each platform
 * module implements it; the use cases never know which one runs, and with
 * several platforms in one process a router picks the organisation's own.
 */
export interface ChatPlatform {
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
  /** The people in a team's source (a channel or a group), bots and deactivated users left out. */
  listMembers(team: TeamSource): Promise<MemberProfile[]>;
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
  /** The id the platform knows the person by (its user id, or the local playground's id). */
  readonly platformUserId: string;
  /**
   * What the platform last told us about how to reach this person (a
   * conversation reference), as the adapter stored it; absent until it said.
   */
  readonly conversation?: PlatformData;
}

export interface ChannelAddress {
  readonly organizationId: string;
  readonly channelId: string;
}

/** Where a team's members come from: a channel's members, a platform group, or a hand-made list. */
export type TeamSourceKind = 'channel' | 'group' | 'manual';

export interface TeamSource {
  readonly organizationId: string;
  readonly source: TeamSourceKind;
  readonly sourceId: string;
}

/** A platform's own data, opaque to the core and stored as JSON. */
export type PlatformData = { readonly [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | PlatformData;

/**
 * Where a sent message lives, serialised into the database as JSON: the
 * organisation (so a router finds the platform) and what the platform needs
 * to find the message again (a channel and timestamp, a service URL,
 * conversation and activity id).
 */
export interface MessageRef {
  readonly organizationId: string;
  readonly platform: PlatformData;
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
 * own wait (its Retry-After header); `permanent` means retrying cannot help
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
