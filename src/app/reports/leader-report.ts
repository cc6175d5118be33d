import { resolveLocale } from '../../model/index.ts';
import type { AppContext } from '../context.ts';
import { teamReportFor } from './team-report.ts';
import { addressOf } from '../conversations.ts';

/** After a round closes, each leader of the team gets their report by DM, with their own self-view. */
export async function sendLeaderReport(
  ctx: AppContext,
  roundId: string,
  leaderId: string,
  now: Date,
): Promise<void> {
  const round = await ctx.db.round.findUniqueOrThrow({ where: { id: roundId } });
  const leader = await ctx.db.person.findUniqueOrThrow({ where: { id: leaderId } });
  if (!leader.active || leader.optedOut) return;
  const report = await teamReportFor(
    ctx,
    round.teamId,
    { id: leaderId, locale: resolveLocale(leader.locale) },
    now,
    { selfOf: leaderId },
  );
  await ctx.platform.sendDirect(addressOf(leader), report);
  await ctx.db.auditLog.create({
    data: {
      organizationId: leader.organizationId,
      actorId: leaderId,
      action: 'report.sent',
      subject: `team:${round.teamId}`,
      at: now,
    },
  });
}
