import type { Context, RespondFn } from '@slack/bolt';
import type { ChatPlatform, PersonAddress } from '../../../src/app/ports.ts';
import type { PersonIdentity, PersonView, PulseServices } from '../../../src/app/services.ts';
import type { Logger } from '../../../src/logging/logger.ts';
import type { Notice } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { renderNotice } from '../render/notice.ts';
import type { SlackMessage } from '../render/slack-message.ts';
import type { RefusalNotices } from '../../../src/messages/index.ts';
import { refusalNotice } from './refusals.ts';
import { SlackApiError, type SlackAuth, type SlackWebApi } from '../web-api/slack-web-api.ts';

/** Why a workspace stopped: the app was removed, or its bot token revoked. */
export interface UninstallEvent {
  readonly reason: 'app_uninstalled' | 'tokens_revoked';
  readonly teamId: string | undefined;
  readonly enterpriseId: string | undefined;
}

/** What `/pulse export` hands over: a download link, or a file for the person's DM. */
export type ExportResult =
  | { readonly kind: 'link'; readonly url: string }
  | {
      readonly kind: 'file';
      readonly filename: string;
      readonly title: string;
      readonly content: Uint8Array | string;
    };

/** Everything the Slack listeners need from the rest of the bot. */
export interface SlackHandlerDeps {
  readonly services: PulseServices;
  readonly api: SlackWebApi;
  /** For member syncs on member_joined_channel / member_left_channel (the Slack platform). */
  readonly platform: Pick<ChatPlatform, 'listMembers'>;
  /** The organisation a Slack workspace (team id) belongs to. */
  readonly resolveOrganization: (teamId: string) => Promise<string | undefined>;
  /** The bot's team whose member source is this channel, if any. */
  readonly teamForChannel: (organizationId: string, channelId: string) => Promise<string | undefined>;
  /** Records an Events API event id; true when it had been seen before (a duplicate delivery). */
  readonly seenEvent: (eventId: string) => Promise<boolean>;
  /**
   * Our app's id for a workspace (the installation's `appId`, or with one bot
   * token auth.test / bots.info); undefined when it cannot be known. Requests
   * naming another app are ignored (see app-id-check.ts).
   */
  readonly ownAppId: (teamId: string | undefined) => Promise<string | undefined>;
  /** The workspace removed the app or revoked its bot token: delete tokens, stop sends. */
  readonly onUninstalled: (event: UninstallEvent) => Promise<void>;
  /** A link to the web dashboard for this person, if there is one. */
  readonly dashboardUrl?: (person: PersonView) => Promise<string | undefined> | string | undefined;
  /** `/pulse admin`: an admin's link to the admin page, or that only admins can. */
  readonly adminPage?: (person: PersonView) => Promise<Notice>;
  /**
   * `/pulse export` for this person (their own data, or aggregates for HR —
   * the export decides, and refuses with a PulseError). Without it the command
   * says exports are not available.
   */
  readonly exportData?: (person: PersonView) => Promise<ExportResult>;
  /**
   * Settles when no request waits for its acknowledgement (the HTTP receiver's
   * `acknowledgements.turn()`): what follows an ack, such as a card's update,
   * waits for it. Without it that work goes on at once.
   */
  readonly afterAcknowledgements?: () => Promise<void>;
  /** Language for people the bot does not know yet (DEFAULT_LOCALE). */
  readonly defaultLocale?: Locale;
  /** The slash command (default /pulse). */
  readonly commandName?: string;
  readonly log: Logger;
}

/** The workspace token Bolt's authorize put in the context. */
export function authFrom(context: Context, teamId: string | undefined): SlackAuth {
  const botToken = context.botToken;
  const team = context.teamId ?? teamId ?? context.enterpriseId;
  if (!botToken || !team)
    throw new Error('slack: no bot token in the listener context (authorize returned none)');
  return { teamId: team, botToken };
}

export function findPerson(
  deps: SlackHandlerDeps,
  teamId: string | undefined,
  userId: string,
): Promise<PersonView | undefined> {
  return lookUpPerson(deps, teamId, userId, (address) => deps.services.findPerson(address));
}

/** The person who clicked, without the teams they lead (see `identifyPerson`). */
export function identifyPerson(
  deps: SlackHandlerDeps,
  teamId: string | undefined,
  userId: string,
): Promise<PersonIdentity | undefined> {
  return lookUpPerson(deps, teamId, userId, (address) => deps.services.identifyPerson(address));
}

async function lookUpPerson<Person>(
  deps: SlackHandlerDeps,
  teamId: string | undefined,
  userId: string,
  find: (address: PersonAddress) => Promise<Person | undefined>,
): Promise<Person | undefined> {
  if (!teamId) return undefined;
  const organizationId = await deps.resolveOrganization(teamId);
  if (!organizationId) return undefined;
  return find({ organizationId, platformUserId: userId });
}

/** What a person is told when something fails, as a notice in their language (see refusals.ts). */
export function refusal(
  deps: SlackHandlerDeps,
  error: unknown,
  locale: Locale | undefined,
  extra?: RefusalNotices,
): Notice {
  return refusalNotice(error, locale ?? deps.defaultLocale ?? 'en', deps.log, extra);
}

/** Slack's answers to chat.postEphemeral that mean the person cannot see the channel. */
const NOT_IN_CHANNEL = new Set(['user_not_in_channel', 'channel_not_found', 'not_in_channel']);

/**
 * Tells the person who clicked something, where they will see it: through
 * the click's own response_url (ephemeral, works in any channel they could
 * click in), else chat.postEphemeral in that channel, else — when they are
 * not in it — by DM. Failures are logged only: the click itself was handled.
 */
export async function tellEphemeral(
  deps: SlackHandlerDeps,
  auth: SlackAuth,
  channel: string | undefined,
  user: string,
  message: SlackMessage | Notice,
  respond?: RespondFn,
): Promise<void> {
  const body = 'kind' in message ? renderNotice(message) : message;
  if (respond) {
    try {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...body,
      } as Parameters<RespondFn>[0]);
      return;
    } catch (error) {
      deps.log.debug({ err: error }, 'slack: response_url refused; posting the reply instead');
    }
  }
  try {
    if (channel) {
      try {
        await deps.api.call(auth, 'chat.postEphemeral', { channel, user, ...body }, { interactive: true });
        return;
      } catch (error) {
        if (!(error instanceof SlackApiError && NOT_IN_CHANNEL.has(error.code))) throw error;
      }
    }
    await deps.api.call(auth, 'chat.postMessage', { channel: user, ...body }, { interactive: true });
  } catch (error) {
    deps.log.warn({ err: error }, 'slack: could not tell the person');
  }
}

/** An ephemeral reply body for a slash command's ack. */
export function ephemeral(message: SlackMessage | Notice | string): {
  response_type: 'ephemeral';
  text: string;
  blocks?: unknown[];
} {
  if (typeof message === 'string') return { response_type: 'ephemeral', text: message };
  const rendered = 'kind' in message ? renderNotice(message) : message;
  return { response_type: 'ephemeral', text: rendered.text, blocks: rendered.blocks };
}
