import { nextRoundStart } from '../core/index.ts';
import { auditAdminChange, teamOnChannel, type AdminActor, type AdminContext } from './admin-actions.ts';
import { teamSchedule } from './people.ts';
import { closeOpenRound } from './round-by-hand.ts';

/**
 * Pauses a team: no new round starts until it is resumed; a round open now
 * runs to its close. Kept apart from the team's `active`, which follows the
 * app being installed or removed, so reinstalling the app leaves it paused.
 */
export async function pauseTeam(
  ctx: AdminContext,
  actor: AdminActor,
  channelId: string,
): Promise<{ readonly team: string }> {
  const team = await teamOnChannel(ctx.db, actor.organizationId, channelId);
  await ctx.db.team.update({ where: { id: team.id }, data: { paused: true } });
  await auditAdminChange(ctx, actor, 'team.paused', `team:${team.id}`);
  return { team: team.name };
}

/** Resumes a paused team at its next scheduled slot; slots missed while paused are not made up. */
export async function resumeTeam(
  ctx: AdminContext,
  actor: AdminActor,
  channelId: string,
): Promise<{ readonly team: string; readonly nextRound: Date | null }> {
  const team = await teamOnChannel(ctx.db, actor.organizationId, channelId);
  const nextRound = team.schedule
    ? nextRoundStart(teamSchedule(team.schedule), ctx.clock.now()).startsAt
    : null;
  await ctx.db.$transaction([
    ctx.db.team.update({ where: { id: team.id }, data: { paused: false } }),
    ...(team.schedule
      ? [ctx.db.schedule.update({ where: { id: team.schedule.id }, data: { nextRunAt: nextRound } })]
      : []),
  ]);
  await auditAdminChange(ctx, actor, 'team.resumed', `team:${team.id}`);
  return { team: team.name, nextRound };
}

/**
 * Removes a team: it never starts a round again (not even when the app is
 * installed again) and nobody is its member or leader any more. A round open
 * now closes at once, as every round closes, so its answers are unlinked
 * from the people asked. What it published (its rounds' figures) stays in
 * the organisation's history; raw answers and comments go by the retention
 * rule like any other team's. Adding the channel again starts it afresh.
 */
export async function removeTeam(
  ctx: AdminContext,
  actor: AdminActor,
  channelId: string,
): Promise<{ readonly team: string; readonly roundClosed: boolean }> {
  const team = await teamOnChannel(ctx.db, actor.organizationId, channelId);
  const now = ctx.clock.now();
  const roundClosed = await closeOpenRound(ctx, team.id);
  await ctx.db.$transaction([
    ctx.db.team.update({ where: { id: team.id }, data: { active: false, paused: false, removedAt: now } }),
    ctx.db.membership.updateMany({ where: { teamId: team.id, leftAt: null }, data: { leftAt: now } }),
  ]);
  await auditAdminChange(ctx, actor, 'team.removed', `team:${team.id}`, { name: team.name, roundClosed });
  return { team: team.name, roundClosed };
}
