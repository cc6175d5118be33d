import type { Locale } from '../model/keys.ts';
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

/** What an inbound event may say about a person besides how to reach them. */
export interface PersonWhereabouts {
  /** An IANA zone, as the person's own client reports it. */
  readonly timeZone?: string;
  readonly locale?: Locale;
}

/**
 * Keeps what a platform just told us about reaching a person (a platform
 * that needs a conversation reference to send, like a service URL that
 * changes by region), and their time zone and locale when the event names
 * them (a language the person chose themselves stays). Written only when it
 * changed, so an adapter can call it on every inbound event. False when the
 * person is not known here yet.
 */
export async function rememberConversation(
  db: Db,
  person: { readonly organizationId: string; readonly platformUserId: string },
  conversation: PlatformData,
  whereabouts: PersonWhereabouts = {},
): Promise<boolean> {
  const json = JSON.stringify(conversation);
  const timeZone =
    whereabouts.timeZone && isTimeZone(whereabouts.timeZone) ? whereabouts.timeZone : undefined;
  const updated = await db.person.updateMany({
    where: {
      organizationId: person.organizationId,
      platformUserId: person.platformUserId,
      OR: [
        { conversationRef: null },
        { conversationRef: { not: json } },
        ...(timeZone ? [{ timeZone: { not: timeZone } }] : []),
      ],
    },
    data: { conversationRef: json, ...(timeZone ? { timeZone } : {}) },
  });
  if (whereabouts.locale) {
    await db.person.updateMany({
      where: { ...person, localeChosen: false, locale: { not: whereabouts.locale } },
      data: { locale: whereabouts.locale },
    });
  }
  if (updated.count > 0) return true;
  return (await db.person.count({ where: person })) > 0;
}

/**
 * What the platform last told us about reaching anyone in an organisation:
 * a platform whose address differs per tenant (a regional service URL)
 * finds it here for people who never wrote to the bot.
 */
export async function someConversationIn(db: Db, organizationId: string): Promise<PlatformData | undefined> {
  const person = await db.person.findFirst({
    where: { organizationId, conversationRef: { not: null } },
    select: { conversationRef: true },
  });
  return person?.conversationRef ? (JSON.parse(person.conversationRef) as PlatformData) : undefined;
}

/** A zone the runtime knows; a client's odd value must not break scheduling. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
