import type { MemberProfile } from '../../../src/app/ports.ts';
import type { Locale } from '../../../src/model/keys.ts';

/** The fields of Slack's user object this adapter reads (users.info, users.list). */
export interface SlackUser {
  readonly id: string;
  readonly name?: string;
  readonly real_name?: string;
  readonly deleted?: boolean;
  readonly is_bot?: boolean;
  readonly is_app_user?: boolean;
  readonly is_restricted?: boolean;
  readonly is_ultra_restricted?: boolean;
  readonly tz?: string;
  readonly locale?: string;
  readonly profile?: { readonly display_name?: string; readonly real_name?: string };
}

/** Slackbot is not flagged as a bot, but it is one. */
const SLACKBOT = 'USLACKBOT';

export function isGuest(user: SlackUser): boolean {
  return Boolean(user.is_restricted || user.is_ultra_restricted);
}

/** Whether a user takes part: no bots, no deactivated accounts, and guests only when asked for. */
export function isParticipant(user: SlackUser, includeGuests: boolean): boolean {
  if (user.deleted || user.is_bot || user.is_app_user || user.id === SLACKBOT) return false;
  return includeGuests || !isGuest(user);
}

/** Slack locales are like `nl-NL` or `en-US`; anything else is left to the organisation's default. */
export function localeOf(slackLocale: string | undefined): Locale | undefined {
  const language = slackLocale?.slice(0, 2).toLowerCase();
  return language === 'nl' || language === 'en' ? language : undefined;
}

export function toMemberProfile(user: SlackUser): MemberProfile {
  const locale = localeOf(user.locale);
  const displayName =
    user.profile?.display_name || user.profile?.real_name || user.real_name || user.name || user.id;
  return {
    platformUserId: user.id,
    displayName,
    ...(user.tz ? { timeZone: user.tz } : {}),
    ...(locale ? { locale } : {}),
    ...(isGuest(user) ? { isGuest: true } : {}),
  };
}
