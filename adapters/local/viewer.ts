import { visibleConversationIds } from './conversation-ids.ts';
import { LocalRouteError } from './route-errors.ts';
import type { LocalDirectory, LocalPerson } from './workspace-types.ts';

/**
 * The person the page acts as (`?as=` or the body's `as`). In local mode the
 * "view as" switch is the login, so this is the whole of authentication;
 * what that person may read is still checked on every request.
 */
export async function requireViewer(
  directory: LocalDirectory,
  personId: string | undefined,
): Promise<LocalPerson> {
  const people = await directory();
  const viewer = personId ? people.find((person) => person.id === personId) : undefined;
  if (!viewer) throw new LocalRouteError(400, 'playground.error.unknown-person');
  return viewer;
}

export function requireVisible(viewer: LocalPerson, conversationId: string): void {
  if (!visibleConversationIds(viewer).has(conversationId)) {
    throw new LocalRouteError(403, 'playground.error.not-yours');
  }
}
