import type { Db } from '../store/database.ts';
import type { LinkRecipient, LinkResolver } from './dashboard-links.ts';
import {
  PlatformSendError,
  type ChannelAddress,
  type ChatPlatform,
  type MemberProfile,
  type MessageRef,
  type PersonAddress,
  type SendOptions,
  type TeamSource,
} from './ports.ts';
import type { MessageDocument } from '../messages/types.ts';

/** One running platform as the router sees it: how it sends, and how its people's links are made. */
export interface RoutedPlatform {
  readonly platform: ChatPlatform;
  readonly links: LinkResolver;
}

/**
 * One ChatPlatform and one LinkResolver over every running platform: each
 * organisation belongs to one platform (Organization.platform), so a send,
 * an update or a link goes to the platform of the organisation it is for.
 * Several platforms then share one process, one database and one engine.
 */
export function routePlatforms(
  db: Db,
  running: ReadonlyMap<string, RoutedPlatform>,
): { platform: ChatPlatform; links: LinkResolver } {
  // An organisation never changes platform, so its platform is looked up once.
  const known = new Map<string, Promise<string | undefined>>();
  const platformOf = (organizationId: string): Promise<string | undefined> => {
    let found = known.get(organizationId);
    if (!found) {
      found = db.organization
        .findUnique({ where: { id: organizationId }, select: { platform: true } })
        .then((org) => org?.platform);
      found.catch(() => known.delete(organizationId));
      known.set(organizationId, found);
    }
    return found;
  };
  const routed = async (organizationId: string): Promise<RoutedPlatform> => {
    const id = await platformOf(organizationId);
    const target = id === undefined ? undefined : running.get(id);
    if (!target) {
      // Not retryable here: the organisation's platform is not running in this process.
      throw new PlatformSendError(
        `organisation ${organizationId} is on ${id ?? 'no known platform'}, which is not running here`,
        { permanent: true },
      );
    }
    return target;
  };
  const platform: ChatPlatform = {
    sendDirect: async (person: PersonAddress, message: MessageDocument, options?: SendOptions) =>
      (await routed(person.organizationId)).platform.sendDirect(person, message, options),
    post: async (channel: ChannelAddress, message: MessageDocument) =>
      (await routed(channel.organizationId)).platform.post(channel, message),
    update: async (ref: MessageRef, message: MessageDocument) =>
      (await routed(ref.organizationId)).platform.update(ref, message),
    listMembers: async (team: TeamSource): Promise<MemberProfile[]> =>
      (await routed(team.organizationId)).platform.listMembers(team),
  };
  const links: LinkResolver = {
    dashboard: async (person: LinkRecipient, path: string) =>
      (await routed(person.organizationId)).links.dashboard(person, path),
  };
  return { platform, links };
}
