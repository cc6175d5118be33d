import { chooseNudge, type TargetStanding } from '../../core/index.ts';
import { buildNudgePost } from '../../messages/index.ts';
import { resolveLocale, type TargetRef } from '../../model/index.ts';
import type { AppContext } from '../context.ts';
import { teamRollingReader } from './rolling-reader.ts';

/**
 * Once per round, one nudge in the team's channel: aimed at the target that
 * fell most beyond noise between the two newest shown periods, else the
 * weakest on the rolling window (the scores the team report shows, never one
 * round's), never one the team had in the last eight weeks, preferring
 * nudges teams marked as done.
 */
export async function postTeamNudge(ctx: AppContext, roundId: string, now: Date): Promise<void> {
  const round = await ctx.db.round.findUniqueOrThrow({ where: { id: roundId } });
  const team = await ctx.db.team.findUniqueOrThrow({
    where: { id: round.teamId },
    include: { organization: true },
  });
  if (!team.channelId) return;
  // The team's scores as its report shows them now: each target's rolling score over the window.
  const targets = (await teamRollingReader(ctx, team.id))(now);
  const standings: TargetStanding[] = [...targets.values()].map((t) => ({
    target: t.target,
    score: t.rolling.summary?.score ?? null,
    change: t.change ?? null,
  }));
  const posted = await ctx.db.nudgePost.findMany({
    where: { teamId: team.id },
    include: { feedback: true },
  });
  const feedbackRows = await ctx.db.nudgeFeedback.findMany({
    include: { nudgePost: { select: { nudgeId: true } } },
  });
  const feedback = new Map<string, { nudgeId: string; didThis: number; notForUs: number }>();
  for (const row of feedbackRows) {
    const entry = feedback.get(row.nudgePost.nudgeId) ?? {
      nudgeId: row.nudgePost.nudgeId,
      didThis: 0,
      notForUs: 0,
    };
    if (row.kind === 'did-this') entry.didThis += 1;
    else entry.notForUs += 1;
    feedback.set(row.nudgePost.nudgeId, entry);
  }
  const choice = chooseNudge({
    nudges: ctx.bank.nudges,
    standings,
    posted: posted.map((p) => {
      const own = p.feedback.find((f) => f.kind === 'not-for-us') ?? p.feedback[0];
      return {
        nudgeId: p.nudgeId,
        postedAt: p.postedAt,
        ...(own ? { feedback: own.kind as 'did-this' | 'not-for-us' } : {}),
      };
    }),
    feedback: [...feedback.values()],
    audience: 'team',
    now,
    seed: `${team.id}/${round.number}`,
  });
  if (!choice) return;
  const nudge = ctx.bank.nudges.find((n) => n.id === choice.nudgeId);
  if (!nudge) return;
  const target: TargetRef = choice.target;
  const post = await ctx.db.nudgePost.create({
    data: {
      teamId: team.id,
      nudgeId: nudge.id,
      targetKind: target.kind,
      targetKey: target.key,
      postedAt: now,
    },
  });
  const ref = await ctx.platform.post(
    { organizationId: team.organizationId, channelId: team.channelId },
    buildNudgePost({
      nudge: ctx.bank.nudges.find((n) => n.id === post.nudgeId) ?? nudge,
      postId: post.id,
      locale: resolveLocale(team.organization.defaultLocale),
      content: ctx.bank,
    }),
  );
  await ctx.db.nudgePost.update({ where: { id: post.id }, data: { messageRef: JSON.stringify(ref) } });
}
