/**
 * A workspace's organisation, asked of the store once: every click and
 * command names its workspace, and the answer never changes once it exists
 * (an organisation is never deleted or moved to another workspace; a removed
 * app stops its teams and keeps the row). A workspace not known yet is
 * asked again next time, as it may be installed in between.
 */
export function knownOrganizations(
  organizationOf: (teamId: string) => Promise<string | undefined>,
): (teamId: string) => Promise<string | undefined> {
  const known = new Map<string, string>();
  return async (teamId) => {
    const cached = known.get(teamId);
    if (cached !== undefined) return cached;
    const found = await organizationOf(teamId);
    if (found !== undefined) known.set(teamId, found);
    return found;
  };
}
