import {
  DEFAULT_WINDOW_WEEKS,
  assessTeamMaturity,
  evaluateNudgeEffect,
  periodKey,
  rollingEffect,
  targetId,
  type TeamMaturity,
} from '../../core/index.ts';
import { buildTeamReport, type TeamReportInput } from '../../messages/index.ts';
import type { Notice, TeamReport } from '../../messages/types.ts';
import type { Locale, TargetRef } from '../../model/index.ts';
import { teamStatementStats, teamTargetStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import { dashboardPaths } from '../dashboard-links.ts';
import { teamNoResults } from './no-results.ts';
import { closedRounds, comparability, lockedK, roundWeeks } from '../round-history.ts';
import { leaderSelfView } from './leader-self-view.ts';
import { pooledFigure, scoreHistoryInput } from './pooled-figures.ts';
import { enpsInput, leaderOwnEnps } from './enps-figures.ts';
import { analyseTeam, type TargetAnalysis } from './team-analysis.ts';
import { commentsFor } from './released-comments.ts';
import { teamDesiredCulture, teamRollingReader } from './rolling-reader.ts';

const sameTarget = (a: TargetRef, b: TargetRef) => a.kind === b.kind && a.key === b.key;

function trendInput(analysis: TargetAnalysis) {
  return {
    target: analysis.target,
    ...pooledFigure(analysis.rolling),
    ...(analysis.change ? { change: analysis.change } : {}),
    direction: analysis.direction,
  };
}

function pooledOrNotAsked(analysis: TargetAnalysis | undefined) {
  return analysis ? pooledFigure(analysis.rolling) : { n: 0, hidden: 'not_asked' as const };
}

/** The person a report is built for: its wording and its dashboard link are theirs. */
export interface ReportRecipient {
  readonly id: string;
  readonly locale: Locale;
}

/**
 * The team report as one viewer should see it, or a notice that there are
 * no results yet (before the team's first round closes). A leader's
 * self-view appears only in the report built for that leader (`selfOf`);
 * without it the report is written for a reader who does not lead the team.
 */
export async function teamReportFor(
  ctx: AppContext,
  teamId: string,
  recipient: ReportRecipient,
  now: Date,
  options: { selfOf?: string } = {},
): Promise<TeamReport | Notice> {
  return (await teamReportAndLevel(ctx, teamId, recipient, now, options)).report;
}

/**
 * The team report and, beside it, the indicative level with its reasons as
 * data: per element its stars, its phase scores and what keeps it from the
 * next level (null before the first round closes).
 */
export async function teamReportAndLevel(
  ctx: AppContext,
  teamId: string,
  recipient: ReportRecipient,
  now: Date,
  options: { selfOf?: string } = {},
): Promise<{ readonly report: TeamReport | Notice; readonly maturity: TeamMaturity | null }> {
  const { locale } = recipient;
  const team = await ctx.db.team.findUniqueOrThrow({ where: { id: teamId }, include: { schedule: true } });
  const timeZone = team.schedule?.timeZone ?? ctx.settings.defaultTimeZone;
  const rounds = await closedRounds(ctx.db, teamId);
  const latest = rounds.at(-1);
  if (!latest) return { report: await teamNoResults(ctx.db, team, locale, timeZone), maturity: null };
  const k = latest.k;
  const statementStats = await teamStatementStats(ctx.db, teamId);
  const window = {
    asOf: periodKey(now, 'week', timeZone),
    weeks: ctx.settings.scoreWindowWeeks ?? DEFAULT_WINDOW_WEEKS,
  };
  const analysis = analyseTeam(
    statementStats,
    await teamTargetStats(ctx.db, teamId),
    roundWeeks(rounds),
    ctx.bank,
    {
      k: lockedK(rounds, ctx.settings.k),
      comparable: await comparability(ctx.db, rounds),
      window,
    },
  );
  const of = (kind: TargetRef['kind']) =>
    analysis.targets.filter((t) => t.target.kind === kind && t.variant === undefined);
  const elements = of('element');
  const traits = of('trait');
  const current = analysis.targets.filter((t) => t.target.kind === 'value' && t.variant !== 'desired');
  // What the team wants more of pools its own, longer window: the score window holds only some of the values.
  const desired = await teamDesiredCulture(ctx, teamId, now);
  // Without its own window (a load that leaves it no anchor slot) it is read over the score window.
  const wanted =
    desired?.values ??
    new Map(analysis.targets.filter((t) => t.variant === 'desired').map((t) => [t.target.key, t]));

  const gaps = options.selfOf
    ? await leaderSelfView(ctx, options.selfOf, rounds, statementStats, k, window.weeks)
    : [];
  const gapOf = (target: TargetRef) => {
    const gap = gaps.find((g) => sameTarget(g.target, target));
    return gap?.visible ? gap.gap : null;
  };
  const maturity = assessTeamMaturity(analysis.elementRounds, {
    ...window,
    gapOf: (element) => gapOf({ kind: 'element', key: element }),
  });

  const posts = await ctx.db.nudgePost.findMany({
    where: { teamId },
    orderBy: { postedAt: 'desc' },
    take: 5,
  });
  // Each nudge's effect as an action's is judged: the rolling score when it was posted against the one now.
  const readAt = posts.length > 0 ? await teamRollingReader(ctx, teamId) : null;
  const nudges = posts.map((post) => {
    const id = targetId({ kind: post.targetKind as TargetRef['kind'], key: post.targetKey });
    const before = readAt?.(post.postedAt).get(id)?.rolling;
    const after = readAt?.(now).get(id)?.rolling;
    const { effect } =
      before && after
        ? rollingEffect({ since: post.postedAt, now, before, after })
        : evaluateNudgeEffect({ postedAt: post.postedAt, now, before: null, after: null });
    return { nudgeId: post.nudgeId, postedAt: post.postedAt, effect };
  });

  const selfEnps = options.selfOf ? await leaderOwnEnps(ctx.db, options.selfOf, rounds) : null;
  const enps = enpsInput(analysis.enps, selfEnps);
  const input: TeamReportInput = {
    locale,
    team: { id: team.id, name: team.name },
    period: { key: latest.week, kind: 'week' },
    k,
    participation: { invited: latest.invited, respondents: latest.respondents },
    window: { weeks: window.weeks, asOf: now },
    elements: elements.map(trendInput),
    traits: traits.map(trendInput),
    culture: current.map((value) => ({
      value: value.target.key,
      current: pooledFigure(value.rolling),
      // A value whose "want more" statement its window has not asked yet says so rather than leaving the cell out.
      desired: pooledOrNotAsked(wanted.get(value.target.key)),
    })),
    ...(desired
      ? {
          desiredWindow: {
            weeks: desired.window.weeks,
            asOf: now,
            roundsRead: desired.roundsRead,
            rounds: desired.rounds,
          },
        }
      : {}),
    gaps,
    maturity: {
      level: maturity.level,
      evidence: { toNextLevel: maturity.toNextLevel, elements: maturity.elements, window: maturity.window },
    },
    nudges,
    ...(enps ? { enps } : {}),
    comments: await commentsFor(
      ctx,
      teamId,
      recipient.id,
      { k: latest.k, minComments: latest.commentK },
      window,
      now,
    ),
    participationHistory: rounds.map((round) => ({
      period: round.week,
      invited: round.invited,
      respondents: round.respondents,
    })),
    history: scoreHistoryInput(elements, ctx.bank, locale),
    timeZone,
    dashboardUrl: await ctx.links.dashboard(
      { id: recipient.id, organizationId: team.organizationId },
      dashboardPaths.team(team.id),
    ),
    content: ctx.bank,
    reader: options.selfOf ? 'leader' : 'other',
  };
  return { report: buildTeamReport(input), maturity };
}
