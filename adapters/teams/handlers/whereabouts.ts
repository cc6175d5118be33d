import type { Activity } from '@microsoft/teams.api';
import type { PersonWhereabouts } from '../../../src/app/conversations.ts';
import type { TenantConnector } from '../connector/bot-connector.ts';
import type { TeamsReference } from '../platform/teams-address.ts';

/**
 * How to reach the sender again: their tenant's serviceUrl, and the
 * conversation when it is their 1:1 chat with the bot (a channel's is not
 * theirs; the 1:1 is then created on the first send, and Teams hands back
 * the one it keeps).
 */
export function senderReference(activity: Activity, tenant: TenantConnector): TeamsReference {
  const conversation = activity.conversation;
  return conversation?.conversationType === 'personal' && conversation.id
    ? { ...tenant, conversationId: conversation.id }
    : tenant;
}

/**
 * The sender's time zone and language, as their client reports them: the
 * activity's `localTimezone`, or the `clientInfo` entity's `timezone`; the
 * activity's `locale`, or the entity's. Only the languages the bot speaks.
 */
export function senderWhereabouts(activity: Activity): PersonWhereabouts {
  const client = activity.entities?.find((entity) => entity.type === 'clientInfo') as
    { timezone?: unknown; locale?: unknown } | undefined;
  const zone = (activity as { localTimezone?: unknown }).localTimezone ?? client?.timezone;
  const language = String(activity.locale ?? client?.locale ?? '')
    .slice(0, 2)
    .toLowerCase();
  return {
    ...(typeof zone === 'string' && zone !== '' ? { timeZone: zone } : {}),
    ...(language === 'en' || language === 'nl' ? { locale: language } : {}),
  };
}
