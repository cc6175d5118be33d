import type { MessageDocument } from '../../src/messages/types.ts';
import type { Locale } from '../../src/model/keys.ts';

/** The role a person is shown with in the "view as" list. */
export type LocalRole = 'employee' | 'leader' | 'hr' | 'admin';

export interface LocalTeamMembership {
  readonly teamId: string;
  readonly teamName: string;
  /** The team's channel; posts to it land in this team's conversation. */
  readonly channelId: string;
  readonly role: 'member' | 'leader';
}

/** One person of the local workspace, as the "view as" list shows them. */
export interface LocalPerson {
  /** The bot's person id (what PulseServices calls personId). */
  readonly id: string;
  readonly organizationId: string;
  /** The id ChatPlatform addresses them by (PersonAddress.platformUserId). */
  readonly platformUserId: string;
  readonly displayName: string;
  readonly role: LocalRole;
  /** An admin as well as their role above (HR can be an admin too); unset: only when `role` is admin. */
  readonly isAdmin?: boolean;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly teams: readonly LocalTeamMembership[];
}

/** Who is in the local workspace; the composition root backs it with the database. */
export type LocalDirectory = () => Promise<readonly LocalPerson[]>;

export interface LocalConversation {
  readonly id: string;
  readonly kind: 'direct' | 'channel';
  readonly organizationId: string;
  /** platformUserId for a direct conversation, channelId for a channel. */
  readonly address: string;
}

export interface LocalMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly document: MessageDocument;
  /** ISO instants. */
  readonly sentAt: string;
  readonly updatedAt: string;
  /** 1 when sent, +1 with every update; clients keep the highest. */
  readonly version: number;
}

export interface WorkspaceEvent {
  readonly type: 'message-added' | 'message-updated';
  readonly message: LocalMessage;
}

export type WorkspaceListener = (event: WorkspaceEvent) => void;

/** A kept message with the conversation it belongs to and its place in the workspace's order. */
export interface KeptMessage {
  readonly conversation: LocalConversation;
  readonly message: LocalMessage;
  /** The workspace-wide order of sending (message ids are `m<seq>`). */
  readonly seq: number;
}

/**
 * Where the workspace keeps its messages, so the playground survives a
 * restart. The composition root backs it with the database.
 */
export interface LocalMessageStore {
  /** Every kept message, in the order they were sent. */
  load(): Promise<readonly KeptMessage[]>;
  /** Keeps a new message, or the new version of one. */
  save(kept: KeptMessage): Promise<void>;
}
