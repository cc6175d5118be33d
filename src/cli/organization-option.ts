import { PulseError } from '../errors.ts';
import type { Db } from '../store/database.ts';

/**
 * The organisation a command is about: the only one connected to a chat
 * platform, or the one `--platform` and `--workspace` name.
 */
export async function organizationOf(
  db: Db,
  platform: string | undefined,
  workspace: string | undefined,
): Promise<string> {
  const orgs = await db.organization.findMany({
    where: {
      // The playground's organisations are set up from its own page.
      platform: platform ?? { not: 'local' },
      ...(workspace ? { externalId: workspace } : {}),
    },
  });
  if (orgs.length === 1 && orgs[0]) return orgs[0].id;
  throw new PulseError(
    'usage',
    orgs.length === 0
      ? 'No chat workspace is connected yet. Start the bot with your platform’s credentials once (or install the app), then try again.'
      : `Several organisations are connected (${orgs.map((org) => `${org.platform} ${org.externalId}`).join(', ')}); name one with --platform and --workspace.`,
  );
}
