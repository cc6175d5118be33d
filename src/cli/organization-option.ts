import { refusal } from '../messages/refusals.ts';
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
  if (orgs.length === 0) throw refusal('usage', 'refusal.cli.no-workspace');
  throw refusal('usage', 'refusal.cli.several-organisations', {
    organisations: orgs.map((org) => `${org.platform} ${org.externalId}`).join(', '),
  });
}
