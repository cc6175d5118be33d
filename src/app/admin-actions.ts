import { refusal } from '../messages/refusals.ts';
import type { Db } from '../store/database.ts';

/** Who makes an admin change: an admin in chat, or the command line (no person: whoever runs the server). */
export interface AdminActor {
  readonly organizationId: string;
  readonly personId: string | null;
}

/** What an admin change needs: the store and the time it happened. */
export interface AdminContext {
  readonly db: Db;
  readonly clock: { now(): Date };
}

/** Writes an admin change to the audit log; `detail` says what it became, and from where. */
export async function auditAdminChange(
  ctx: AdminContext,
  actor: AdminActor,
  action: string,
  subject: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await ctx.db.auditLog.create({
    data: {
      organizationId: actor.organizationId,
      actorId: actor.personId,
      action,
      subject,
      detail: JSON.stringify({ ...detail, via: actor.personId ? 'chat' : 'cli' }),
      at: ctx.clock.now(),
    },
  });
}

/** The organisation's team on a channel, as admins name it; a removed team is not found. */
export async function teamOnChannel(db: Db, organizationId: string, channelId: string) {
  const team = await db.team.findFirst({
    where: { organizationId, channelId, removedAt: null },
    include: { schedule: true },
  });
  if (!team) throw refusal('not_found', 'refusal.team.channel-unknown', { channel: channelId });
  return team;
}
