import {
  PlatformSendError,
  type ChannelAddress,
  type ChatPlatform,
  type MemberProfile,
  type MessageRef,
  type PersonAddress,
  type TeamSource,
} from '../../src/app/ports.ts';
import type { MessageDocument } from '../../src/messages/types.ts';
import { channelConversationId, directConversationId } from './conversation-ids.ts';
import type {
  LocalConversation,
  LocalDirectory,
  LocalMessage,
  LocalMessageStore,
  LocalPerson,
  WorkspaceEvent,
  WorkspaceListener,
} from './workspace-types.ts';
import { systemClock } from '../../src/app/clock.ts';

/** A message in the local workspace: its conversation and its id. */
export interface LocalMessageRef extends MessageRef {
  readonly platform: { readonly conversationId: string; readonly messageId: string };
}

export interface LocalChatPlatformOptions {
  /** Who is in the workspace (for listMembers). */
  readonly directory: LocalDirectory;
  /** The clock messages are stamped with; injected so tests and the demo clock agree. */
  readonly now?: () => Date;
  /** Keeps messages across restarts; without it the workspace lives in memory only. */
  readonly store?: LocalMessageStore;
  /**
   * Told when a listener throws; the listener is dropped and the send still
   * succeeds (the message is stored). Defaults to console.error.
   */
  readonly onListenerError?: (error: unknown) => void;
}

/**
 * The embedded chat platform: a workspace held in memory, with one direct
 * conversation per person and one channel per team. Messages are kept as
 * neutral documents; the web playground renders them and hears about new
 * and updated ones through `subscribe`. With a store, every message is
 * kept as it is sent or updated and `restore` brings them back after a
 * restart; without one the workspace is forgotten on restart.
 */
export class LocalChatPlatform implements ChatPlatform {
  private readonly directory: LocalDirectory;
  private readonly now: () => Date;
  private readonly store: LocalMessageStore | undefined;
  private readonly onListenerError: (error: unknown) => void;
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly messagesByConversation = new Map<string, LocalMessage[]>();
  private readonly messagesById = new Map<string, LocalMessage>();
  private readonly listeners = new Set<WorkspaceListener>();
  private sequence = 0;

  constructor(options: LocalChatPlatformOptions) {
    this.directory = options.directory;
    this.now = options.now ?? (() => systemClock.now());
    this.store = options.store;
    this.onListenerError =
      options.onListenerError ?? ((error) => console.error('local workspace listener failed', error));
  }

  /** Brings back the kept messages (at start-up, before anything is sent). */
  async restore(): Promise<void> {
    for (const { conversation, message, seq } of (await this.store?.load()) ?? []) {
      const known = this.conversationFor(
        conversation.id,
        conversation.kind,
        conversation.organizationId,
        conversation.address,
      );
      this.messagesById.set(message.id, message);
      this.messagesByConversation.get(known.id)?.push(message);
      this.sequence = Math.max(this.sequence, seq);
    }
  }

  async sendDirect(person: PersonAddress, message: MessageDocument): Promise<LocalMessageRef> {
    const conversation = this.conversationFor(
      directConversationId(person.platformUserId),
      'direct',
      person.organizationId,
      person.platformUserId,
    );
    return this.append(conversation, message);
  }

  async post(channel: ChannelAddress, message: MessageDocument): Promise<LocalMessageRef> {
    const conversation = this.conversationFor(
      channelConversationId(channel.channelId),
      'channel',
      channel.organizationId,
      channel.channelId,
    );
    return this.append(conversation, message);
  }

  async update(ref: MessageRef, message: MessageDocument): Promise<void> {
    const { conversationId, messageId } = ref.platform;
    const current = typeof messageId === 'string' ? this.messagesById.get(messageId) : undefined;
    if (!current || current.conversationId !== conversationId) {
      throw new PlatformSendError(
        `No message ${String(messageId)} in conversation ${String(conversationId)}`,
        {
          permanent: true,
        },
      );
    }
    const updated: LocalMessage = {
      ...current,
      document: message,
      updatedAt: this.now().toISOString(),
      version: current.version + 1,
    };
    this.messagesById.set(updated.id, updated);
    const conversation = this.conversations.get(updated.conversationId);
    if (conversation) await this.store?.save({ conversation, message: updated, seq: sequenceOf(updated) });
    const list = this.messagesByConversation.get(updated.conversationId) ?? [];
    const index = list.findIndex((candidate) => candidate.id === updated.id);
    list[index] = updated;
    this.emit({ type: 'message-updated', message: updated });
  }

  async listMembers(team: TeamSource): Promise<MemberProfile[]> {
    const people = await this.directory();
    return people
      .filter((person) =>
        person.teams.some(
          (membership) => membership.channelId === team.sourceId || membership.teamId === team.sourceId,
        ),
      )
      .map(toProfile);
  }

  /** The reference of a message in the workspace, as `sendDirect` and `post` hand it back. */
  refOf(message: LocalMessage): LocalMessageRef {
    const conversation = this.conversations.get(message.conversationId);
    if (!conversation)
      throw new PlatformSendError(`No conversation ${message.conversationId}`, { permanent: true });
    return {
      organizationId: conversation.organizationId,
      platform: { conversationId: conversation.id, messageId: message.id },
    };
  }

  /** The messages of a conversation, oldest first; empty for a conversation nobody wrote in yet. */
  messages(conversationId: string): readonly LocalMessage[] {
    return [...(this.messagesByConversation.get(conversationId) ?? [])];
  }

  message(messageId: string): LocalMessage | undefined {
    return this.messagesById.get(messageId);
  }

  conversation(conversationId: string): LocalConversation | undefined {
    return this.conversations.get(conversationId);
  }

  /** Hears every new and updated message; returns the function that stops listening. */
  subscribe(listener: WorkspaceListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private conversationFor(
    id: string,
    kind: LocalConversation['kind'],
    organizationId: string,
    address: string,
  ): LocalConversation {
    let conversation = this.conversations.get(id);
    if (!conversation) {
      conversation = { id, kind, organizationId, address };
      this.conversations.set(id, conversation);
      this.messagesByConversation.set(id, []);
    }
    return conversation;
  }

  private async append(conversation: LocalConversation, document: MessageDocument): Promise<LocalMessageRef> {
    this.sequence += 1;
    const seq = this.sequence;
    const at = this.now().toISOString();
    const message: LocalMessage = {
      id: `m${seq}`,
      conversationId: conversation.id,
      document,
      sentAt: at,
      updatedAt: at,
      version: 1,
    };
    // Kept before it is shown: a message on the page is one that survives a restart.
    await this.store?.save({ conversation, message, seq });
    this.messagesById.set(message.id, message);
    const list = this.messagesByConversation.get(conversation.id) ?? [];
    // Sends run side by side, so a later message may have been kept first: the order is the sequence.
    const after = list.findIndex((other) => sequenceOf(other) > seq);
    list.splice(after === -1 ? list.length : after, 0, message);
    this.emit({ type: 'message-added', message });
    return this.refOf(message);
  }

  private emit(event: WorkspaceEvent): void {
    // A listener that throws (a closed stream) must not stop the others or the sender.
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.listeners.delete(listener);
        this.onListenerError(error);
      }
    }
  }
}

function sequenceOf(message: LocalMessage): number {
  return Number(message.id.slice(1));
}

function toProfile(person: LocalPerson): MemberProfile {
  return {
    platformUserId: person.platformUserId,
    displayName: person.displayName,
    timeZone: person.timeZone,
    locale: person.locale,
  };
}
