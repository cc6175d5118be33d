import { refusal } from '../../messages/refusals.ts';
import type { Db } from '../../store/database.ts';

/**
 * Empties the local demo so it can start over: the demo organisation with
 * everything that hangs off it (people, teams, rounds, answers, snapshots,
 * nudges, the playground's kept messages), and every queued job. A database
 * that also holds a chat platform's workspace is left alone: a reset is for
 * the demo's own file, never for a real organisation.
 */
export async function resetDemo(db: Db): Promise<void> {
  const real = await db.organization.findMany({
    where: { platform: { not: 'local' } },
    select: { name: true },
  });
  if (real.length > 0) {
    throw refusal('usage', 'refusal.cli.demo-not-only-demo', {
      organisations: real.map((o) => `"${o.name}"`).join(', '),
    });
  }
  const demo = await db.organization.findMany({ where: { platform: 'local' }, select: { id: true } });
  await db.$transaction([
    db.job.deleteMany({}),
    db.auditLog.deleteMany({ where: { organizationId: { in: demo.map((o) => o.id) } } }),
    db.organization.deleteMany({ where: { platform: 'local' } }),
  ]);
}
