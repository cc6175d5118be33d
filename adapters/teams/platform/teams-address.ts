import type { PlatformData } from '../../../src/app/ports.ts';
import type { ConversationAddress, TenantConnector } from '../connector/bot-connector.ts';

/**
 * What the bot keeps of a Teams conversation reference, for a person (their
 * 1:1 chat, once known) or a sent message (with its activity id). Stored as
 * the opaque platform data of `PersonAddress.conversation` and `MessageRef`.
 */
export interface TeamsReference extends TenantConnector {
  readonly conversationId?: string;
  readonly activityId?: string;
}

/** The reference as stored; undefined when it is not a Teams one (or not there). */
export function teamsReference(data: PlatformData | undefined): TeamsReference | undefined {
  const { serviceUrl, tenantId, conversationId, activityId } = data ?? {};
  if (typeof serviceUrl !== 'string' || typeof tenantId !== 'string') return undefined;
  return {
    serviceUrl,
    tenantId,
    ...(typeof conversationId === 'string' ? { conversationId } : {}),
    ...(typeof activityId === 'string' ? { activityId } : {}),
  };
}

export function referenceData(reference: TeamsReference): PlatformData {
  return { ...reference };
}

/** A sent message's place, or undefined when the reference lacks one. */
export function messageAddress(
  reference: TeamsReference | undefined,
): (ConversationAddress & { activityId: string }) | undefined {
  if (!reference?.conversationId || !reference.activityId) return undefined;
  return {
    serviceUrl: reference.serviceUrl,
    tenantId: reference.tenantId,
    conversationId: reference.conversationId,
    activityId: reference.activityId,
  };
}
