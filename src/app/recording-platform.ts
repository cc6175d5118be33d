import type { MessageDocument } from '../messages/types.ts';
import type {
  ChannelAddress,
  ChatPlatform,
  MemberProfile,
  MessageRef,
  PersonAddress,
  TeamSource,
} from './ports.ts';

/** A recorded message: its number in the record. */
export interface RecordedRef extends MessageRef {
  readonly platform: { readonly messageId: string };
}

export interface RecordedMessage {
  readonly ref: RecordedRef;
  readonly to:
    | { readonly kind: 'dm'; readonly platformUserId: string }
    | { readonly kind: 'channel'; readonly channelId: string };
  document: MessageDocument;
  updates: number;
}

/**
 * A ChatPlatform that keeps every message in memory instead of sending it:
 * the simulation's platform, and the one use-case tests read back from.
 * `failNext` makes the next sends throw, to exercise retries.
 */
export class RecordingPlatform implements ChatPlatform {
  readonly messages: RecordedMessage[] = [];
  private failures: Error[] = [];

  private readonly members: Readonly<Record<string, MemberProfile[]>>;

  constructor(members: Readonly<Record<string, MemberProfile[]>> = {}) {
    this.members = members;
  }

  failNext(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  async sendDirect(person: PersonAddress, message: MessageDocument): Promise<RecordedRef> {
    return this.record({ kind: 'dm', platformUserId: person.platformUserId }, person.organizationId, message);
  }

  async post(channel: ChannelAddress, message: MessageDocument): Promise<RecordedRef> {
    return this.record({ kind: 'channel', channelId: channel.channelId }, channel.organizationId, message);
  }

  async update(ref: MessageRef, message: MessageDocument): Promise<void> {
    const found = this.messages.find((m) => m.ref.platform.messageId === ref.platform.messageId);
    if (!found) throw new Error(`no message ${String(ref.platform.messageId)}`);
    found.document = message;
    found.updates += 1;
  }

  async listMembers(team: TeamSource): Promise<MemberProfile[]> {
    return this.members[team.sourceId] ?? [];
  }

  /** Messages sent to one person, oldest first. */
  directTo(platformUserId: string): RecordedMessage[] {
    return this.messages.filter((m) => m.to.kind === 'dm' && m.to.platformUserId === platformUserId);
  }

  /** Direct messages recorded from position `index` on, with their recipient. */
  directSince(index: number): { platformUserId: string; document: MessageDocument }[] {
    return this.messages
      .slice(index)
      .flatMap((m) =>
        m.to.kind === 'dm' ? [{ platformUserId: m.to.platformUserId, document: m.document }] : [],
      );
  }

  inChannel(channelId: string): RecordedMessage[] {
    return this.messages.filter((m) => m.to.kind === 'channel' && m.to.channelId === channelId);
  }

  private record(to: RecordedMessage['to'], organizationId: string, document: MessageDocument): RecordedRef {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const ref = { organizationId, platform: { messageId: String(this.messages.length + 1) } };
    this.messages.push({ ref, to, document, updates: 0 });
    return ref;
  }
}
