import type {
  ChannelAddress,
  ChatPlatform,
  MemberProfile,
  MessageRef,
  PersonAddress,
  SendOptions,
  TeamSource,
} from '../../../src/app/ports.ts';
import { PlatformSendError } from '../../../src/app/ports.ts';
import type { Logger } from '../../../src/logging/logger.ts';
import { chartAltText } from '../../../src/messages/index.ts';
import type { MessageDocument } from '../../../src/messages/types.ts';
import { renderMessage } from '../render/render-message.ts';
import { SlackApiError, type SlackAuth, type SlackWebApi } from '../web-api/slack-web-api.ts';
import { uploadFile } from '../web-api/upload-file.ts';
import { memoryDmChannelCache, type DmChannelCache } from './dm-channels.ts';
import { findKeyedMessage, sendMetadata } from './keyed-sends.ts';
import { isParticipant, toMemberProfile, type SlackUser } from './slack-user.ts';

/** Slack's answers to conversations.history that mean the bot cannot look, not that the send failed. */
const CANNOT_LOOK = new Set([
  'missing_scope',
  'not_allowed_token_type',
  'channel_not_found',
  'not_in_channel',
]);

export interface SlackChatPlatformOptions {
  readonly api: SlackWebApi;
  /** The bot token of an organisation's workspace; undefined once uninstalled (sends then fail permanently). */
  readonly resolveWorkspace: (organizationId: string) => Promise<SlackAuth | undefined>;
  /** A chart for a document (e.g. a team report), uploaded with files.uploadV2 after the message. */
  readonly chartPng?: (doc: MessageDocument) => Promise<Uint8Array | undefined>;
  /** Take guests (restricted and single-channel users) into teams (default false). */
  readonly includeGuests?: boolean;
  readonly dmChannels?: DmChannelCache;
  /**
   * How a DM is addressed: `conversations.open` (default) opens the DM once and
   * caches its id; `user-id` posts with the user id as channel, which Slack
   * delivers to the bot's DM and saves the Tier 3 conversations.open call.
   */
  readonly dmVia?: 'conversations.open' | 'user-id';
  /** Above this many members, profiles come from users.list pages instead of one users.info each (default 100). */
  readonly bulkProfilesAbove?: number;
  readonly log?: Logger;
}

/**
 * The ChatPlatform port over Slack's Web API. Every call goes through the
 * adapter's rate-limited sender; failures surface as PlatformSendError
 * (permanent when the person, channel or token is gone).
 */
export class SlackChatPlatform implements ChatPlatform {
  private readonly api: SlackWebApi;
  private readonly dmChannels: DmChannelCache;

  private readonly options: SlackChatPlatformOptions;

  constructor(options: SlackChatPlatformOptions) {
    this.options = options;
    this.api = options.api;
    this.dmChannels = options.dmChannels ?? memoryDmChannelCache();
  }

  async sendDirect(
    person: PersonAddress,
    message: MessageDocument,
    options?: SendOptions,
  ): Promise<SlackMessageRef> {
    const auth = await this.auth(person.organizationId);
    const channel = await this.dmChannel(auth, person);
    const earlier = options?.triedBefore
      ? await this.findKeyed(auth, person, channel, options.key)
      : undefined;
    if (earlier) {
      // An earlier try arrived after all: it becomes this message (the card may carry a newer token).
      const { text, blocks } = renderMessage(message);
      await this.api.call(auth, 'chat.update', { channel: earlier.channel, ts: earlier.ts, text, blocks });
      return messageRef(person.organizationId, earlier);
    }
    const sent = await this.postMessage(
      auth,
      channel,
      message,
      (posted) => (options ? this.findKeyed(auth, person, posted, options.key) : Promise.resolve(undefined)),
      options?.key,
    );
    if (channel !== sent.channel) {
      await this.dmChannels.set(person.organizationId, person.platformUserId, sent.channel);
    }
    await this.attachChart(auth, message, sent.channel);
    return messageRef(person.organizationId, sent);
  }

  async post(channel: ChannelAddress, message: MessageDocument): Promise<SlackMessageRef> {
    const auth = await this.auth(channel.organizationId);
    const sent = await this.postMessage(auth, channel.channelId, message);
    await this.attachChart(auth, message, sent.channel);
    return messageRef(channel.organizationId, sent);
  }

  async update(ref: MessageRef, message: MessageDocument): Promise<void> {
    const { channel, ts } = slackMessageOf(ref);
    const auth = await this.auth(ref.organizationId);
    const { text, blocks } = renderMessage(message);
    await this.api.call(auth, 'chat.update', { channel, ts, text, blocks });
  }

  async listMembers(team: TeamSource): Promise<MemberProfile[]> {
    if (team.source === 'manual') return [];
    const auth = await this.auth(team.organizationId);
    const ids =
      team.source === 'channel'
        ? await this.channelMembers(auth, team.sourceId)
        : await this.groupMembers(auth, team.sourceId);
    const users =
      ids.length > (this.options.bulkProfilesAbove ?? 100)
        ? await this.usersFromList(auth, new Set(ids))
        : await this.usersByInfo(auth, ids);
    const includeGuests = this.options.includeGuests ?? false;
    return users.filter((user) => isParticipant(user, includeGuests)).map(toMemberProfile);
  }

  private async auth(organizationId: string): Promise<SlackAuth> {
    const auth = await this.options.resolveWorkspace(organizationId);
    if (!auth) {
      throw new PlatformSendError(
        `No Slack installation for organisation ${organizationId}: the app was uninstalled or its tokens revoked. Reinstall it to resume.`,
        { permanent: true },
      );
    }
    return auth;
  }

  private async dmChannel(auth: SlackAuth, person: PersonAddress): Promise<string> {
    const cached = await this.dmChannels.get(person.organizationId, person.platformUserId);
    if (cached !== undefined) return cached;
    if (this.options.dmVia === 'user-id') return person.platformUserId;
    return this.openDm(auth, person);
  }

  private async openDm(auth: SlackAuth, person: PersonAddress): Promise<string> {
    const opened = await this.api.call(auth, 'conversations.open', { users: person.platformUserId });
    const id = (opened.channel as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') throw new SlackApiError('conversations.open', 'no_channel_in_response');
    await this.dmChannels.set(person.organizationId, person.platformUserId, id);
    return id;
  }

  /**
   * Posts and returns the Slack channel id (a DM's D… id even when posted to a
   * user id) and ts. With a key, the message carries it in its metadata, and
   * a try Slack answered with a 5xx is looked up with `findEarlier` before it
   * is sent again.
   */
  private async postMessage(
    auth: SlackAuth,
    channel: string,
    message: MessageDocument,
    findEarlier?: (channel: string) => Promise<{ channel: string; ts: string } | undefined>,
    key?: string,
  ): Promise<{ channel: string; ts: string }> {
    const { text, blocks } = renderMessage(message);
    const recover =
      key !== undefined && findEarlier
        ? async () => {
            const found = await findEarlier(channel);
            return found ? ({ ok: true, ...found } as const) : undefined;
          }
        : undefined;
    const response = await this.api.call(
      auth,
      'chat.postMessage',
      {
        channel,
        text,
        blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...(key === undefined ? {} : { metadata: sendMetadata(key) }),
      },
      { channel, ...(recover ? { recover } : {}) },
    );
    return { channel: String(response.channel ?? channel), ts: String(response.ts) };
  }

  /** The message an earlier try of the send `key` left in the person's DM, if any. */
  private async findKeyed(
    auth: SlackAuth,
    person: PersonAddress,
    channel: string,
    key: string,
  ): Promise<{ channel: string; ts: string } | undefined> {
    // History needs the DM's own id; posting to a user id (dmVia user-id) never learnt it.
    const dm = channel.startsWith('D') ? channel : await this.openDm(auth, person);
    try {
      return await findKeyedMessage(this.api, auth, dm, key);
    } catch (error) {
      // A workspace installed before the bot asked for im:history cannot look: send rather than lose the DM.
      if (!(error instanceof SlackApiError && CANNOT_LOOK.has(error.code))) throw error;
      this.options.log?.warn(
        { code: error.code },
        'slack: cannot look up an earlier try in the DM (reinstall the app to grant im:history); sending again',
      );
      return undefined;
    }
  }

  /** The message is already delivered: a failed chart upload is logged, never retried as a failed send. */
  private async attachChart(auth: SlackAuth, message: MessageDocument, channelId: string): Promise<void> {
    if (!this.options.chartPng) return;
    try {
      const png = await this.options.chartPng(message);
      if (!png) return;
      await uploadFile(this.api, auth, {
        bytes: png,
        filename: `${message.kind}.png`,
        title: 'title' in message ? message.title : message.kind,
        channelId,
        ...altTextOf(message),
      });
    } catch (error) {
      this.options.log?.warn(
        { err: error, kind: message.kind },
        'slack: chart upload failed; the message was sent',
      );
    }
  }

  private async channelMembers(auth: SlackAuth, channel: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.api.call(auth, 'conversations.members', { channel, limit: 1000, cursor });
      ids.push(...((page.members as string[] | undefined) ?? []));
      cursor = nextCursor(page);
    } while (cursor);
    return ids;
  }

  private async groupMembers(auth: SlackAuth, usergroup: string): Promise<string[]> {
    const response = await this.api.call(auth, 'usergroups.users.list', { usergroup });
    return (response.users as string[] | undefined) ?? [];
  }

  private async usersByInfo(auth: SlackAuth, ids: readonly string[]): Promise<SlackUser[]> {
    const users = await Promise.all(
      ids.map(async (user) => {
        try {
          const response = await this.api.call(auth, 'users.info', { user, include_locale: true });
          return response.user as SlackUser;
        } catch (error) {
          if (error instanceof SlackApiError && error.code === 'user_not_found') return undefined;
          throw error;
        }
      }),
    );
    return users.filter((user): user is SlackUser => user !== undefined);
  }

  private async usersFromList(auth: SlackAuth, ids: ReadonlySet<string>): Promise<SlackUser[]> {
    const users: SlackUser[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.api.call(auth, 'users.list', { limit: 200, include_locale: true, cursor });
      for (const user of (page.members as SlackUser[] | undefined) ?? [])
        if (ids.has(user.id)) users.push(user);
      cursor = nextCursor(page);
    } while (cursor);
    return users;
  }
}

function nextCursor(page: Readonly<Record<string, unknown>>): string | undefined {
  const cursor = (page.response_metadata as { next_cursor?: unknown } | undefined)?.next_cursor;
  return typeof cursor === 'string' && cursor !== '' ? cursor : undefined;
}

/** A Slack message: its channel and timestamp, in the organisation's workspace. */
export interface SlackMessageRef extends MessageRef {
  readonly platform: { readonly channel: string; readonly ts: string };
}

export function messageRef(organizationId: string, sent: { channel: string; ts: string }): SlackMessageRef {
  return { organizationId, platform: { channel: sent.channel, ts: sent.ts } };
}

/**
 * The channel and timestamp of a stored ref. Refs stored before they carried
 * their organisation packed it into `conversationId` as `<org>/<channel>`,
 * with the timestamp as `messageId`; those still close.
 */
export function slackMessageOf(ref: MessageRef): { channel: string; ts: string } {
  const { channel, ts, conversationId, messageId } = ref.platform;
  if (typeof channel === 'string' && typeof ts === 'string') return { channel, ts };
  const slash = typeof conversationId === 'string' ? conversationId.lastIndexOf('/') : -1;
  if (typeof conversationId === 'string' && typeof messageId === 'string' && slash > 0) {
    return { channel: conversationId.slice(slash + 1), ts: messageId };
  }
  throw new PlatformSendError(`Not a Slack message reference: ${JSON.stringify(ref.platform)}`, {
    permanent: true,
  });
}

function altTextOf(message: MessageDocument): { altText?: string } {
  const altText = chartAltText(message);
  return altText === undefined ? {} : { altText };
}
