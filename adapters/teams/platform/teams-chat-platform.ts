import type {
  ChannelAddress,
  ChatPlatform,
  MemberProfile,
  MessageRef,
  PersonAddress,
  TeamSource,
} from '../../../src/app/ports.ts';
import { PlatformSendError } from '../../../src/app/ports.ts';
import type { MessageDocument } from '../../../src/messages/types.ts';
import type { BotConnector, ConversationAddress, TenantConnector } from '../connector/bot-connector.ts';
import { ConnectorError } from '../connector/connector-error.ts';
import { cardAttachment, messageAttachments, type ChartPng } from '../render/attachments.ts';
import { renderCard } from '../render/render-card.ts';
import { messageAddress, referenceData, teamsReference, type TeamsReference } from './teams-address.ts';

export interface TeamsChatPlatformOptions {
  readonly connector: BotConnector;
  /** The bot's own account id, `28:<client id>`. */
  readonly botId: string;
  /** Where an organisation's tenant is reached (its id and current serviceUrl); undefined when unknown or removed. */
  readonly tenantOf: (organizationId: string) => Promise<TenantConnector | undefined>;
  /** Keeps a person's 1:1 conversation once created, so the next send reuses it. */
  readonly rememberConversation: (person: PersonAddress, reference: TeamsReference) => Promise<void>;
  /** A report's chart as a PNG, drawn for Teams' picture size. */
  readonly chartPng: ChartPng;
  /** Take guests (`userRole: guest`) into teams (default false). */
  readonly includeGuests?: boolean;
  /** Members asked for per page (default 200, Microsoft's most is 500). */
  readonly pageSize?: number;
}

/** Members the Bot Connector lists: `userRole` is `user` or `guest`; bots have `28:` ids. */
interface TeamsMember {
  readonly id: string;
  readonly name?: string;
  readonly userRole?: string;
}

/**
 * The ChatPlatform port over the Bot Connector. A person is reached in their
 * 1:1 chat with the bot: the one stored from their last activity, or one
 * created on their tenant's serviceUrl (Teams keeps one per person and bot,
 * so creating it again finds the same). Every call goes through the
 * rate-limited sender; an unreachable person (blocked, not in the roster,
 * bot disabled) is a permanent PlatformSendError, and a stored chat Teams no
 * longer knows is created again.
 *
 * A send's key is not used: the Bot Connector cannot read a 1:1 chat's
 * history, so a send whose reply was lost cannot be found again.
 */
export class TeamsChatPlatform implements ChatPlatform {
  private readonly options: TeamsChatPlatformOptions;

  constructor(options: TeamsChatPlatformOptions) {
    this.options = options;
  }

  async sendDirect(person: PersonAddress, message: MessageDocument): Promise<MessageRef> {
    const known = teamsReference(person.conversation);
    if (!known?.conversationId)
      return this.send(person.organizationId, await this.createChat(person), message);
    try {
      return await this.send(
        person.organizationId,
        { ...known, conversationId: known.conversationId },
        message,
      );
    } catch (error) {
      // A stored chat Teams no longer knows: the person's chat is found again by creating it.
      if (!(error instanceof ConnectorError && error.code === 'ConversationNotFound')) throw error;
      return this.send(person.organizationId, await this.createChat(person), message);
    }
  }

  async post(channel: ChannelAddress, message: MessageDocument): Promise<MessageRef> {
    const tenant = await this.tenant(channel.organizationId);
    return this.send(channel.organizationId, { ...tenant, conversationId: channel.channelId }, message);
  }

  async update(ref: MessageRef, message: MessageDocument): Promise<void> {
    const at = messageAddress(teamsReference(ref.platform));
    if (!at) throw new PlatformSendError('Not a Teams message reference', { permanent: true });
    const { card } = renderCard(message);
    await this.options.connector.updateActivity(at, at.activityId, {
      type: 'message',
      attachments: [cardAttachment(card)],
    });
  }

  async listMembers(team: TeamSource): Promise<MemberProfile[]> {
    if (team.source === 'manual') return [];
    // A channel's conversation id or a team's id (its General channel's): the Bot Connector lists either.
    const tenant = await this.tenant(team.organizationId);
    const of = { ...tenant, conversationId: team.sourceId };
    const members: MemberProfile[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await this.options.connector.pagedMembers(of, {
        pageSize: this.options.pageSize ?? 200,
        ...(continuationToken ? { continuationToken } : {}),
      });
      for (const member of page.members as TeamsMember[]) {
        if (this.takesPart(member)) members.push(profileOf(member));
      }
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken);
    return members;
  }

  private takesPart(member: TeamsMember): boolean {
    if (member.id.startsWith('28:')) return false;
    return member.userRole !== 'guest' || (this.options.includeGuests ?? false);
  }

  /** Creates (Teams finds, if it keeps one) the person's 1:1 chat with the bot, and keeps it for the next send. */
  private async createChat(person: PersonAddress): Promise<ConversationAddress> {
    const tenant = teamsReference(person.conversation) ?? (await this.tenant(person.organizationId));
    const created = await this.options.connector.createConversation(
      tenant,
      { id: this.options.botId },
      { id: person.platformUserId },
    );
    const reference = {
      serviceUrl: tenant.serviceUrl,
      tenantId: tenant.tenantId,
      conversationId: created.id,
    };
    await this.options.rememberConversation(person, reference);
    return reference;
  }

  private async send(
    organizationId: string,
    to: ConversationAddress,
    message: MessageDocument,
  ): Promise<MessageRef> {
    const sent = await this.options.connector.sendActivity(to, {
      type: 'message',
      attachments: await messageAttachments(message, this.options.chartPng),
    });
    return { organizationId, platform: referenceData({ ...to, activityId: sent.id }) };
  }

  private async tenant(organizationId: string): Promise<TenantConnector> {
    const tenant = await this.options.tenantOf(organizationId);
    if (!tenant) {
      throw new PlatformSendError(
        `No Teams tenant to send to for organisation ${organizationId}: the app was removed from its teams, or nothing came from the tenant yet. Add the app to a team to resume.`,
        { permanent: true },
      );
    }
    return tenant;
  }
}

function profileOf(member: TeamsMember): MemberProfile {
  return {
    platformUserId: member.id,
    displayName: member.name || member.id,
    ...(member.userRole === 'guest' ? { isGuest: true } : {}),
  };
}
