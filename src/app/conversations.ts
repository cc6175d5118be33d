import type { Db } from '../store/database.ts';
import type { PersonAddress, PlatformData } from './ports.ts';

/** A person as the database knows them, with what the platform last said about reaching them. */
export interface ReachablePerson {
  readonly organizationId: string;
  readonly platformUserId: string;
  readonly conversationRef: string | null;
}

/** Where to send a person a direct message: their ids and, once the platform told us, its conversation reference. */
export function addressOf(person: ReachablePerson): PersonAddress {
  return {
    organizationId: person.organizationId,
    platformUserId: person.platformUserId,
    ...(person.conversationRef ? { conversation: JSON.parse(person.conversationRef) as PlatformData } : {}),
  };
}

/**
 * Keeps what a platform just told us about reaching a person (a platform
 * that needs a conversation reference to send, like a service URL that
 * changes by region). Written only when it changed, so an adapter can call
 * it on every inbound event. False when the person is not known here yet.
 */
export async function rememberConversation(
  db: Db,
  person: { readonly organizationId: string; readonly platformUserId: string },
  conversation: PlatformData,
): Promise<boolean> {
  const json = JSON.stringify(conversation);
  const updated = await db.person.updateMany({
    where: {
      organizationId: person.organizationId,
      platformUserId: person.platformUserId,
      OR: [{ conversationRef: null }, { conversationRef: { not: json } }],
    },
    data: { conversationRef: json },
  });
  if (updated.count > 0) return true;
  return (await db.person.count({ where: person })) > 0;
}
