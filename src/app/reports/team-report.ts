import {
  assessTeamMaturity,
  evaluateNudgeEffect,
  perceptionGaps,
  periodKey,
  scoreFromMean,
  type SelfRating,
  type TeamMaturity,
  type TeamView,
} from '../../core/index.ts';
import { buildTeamReport, type TeamReportInput } from '../../messages/index.ts';
import type { Notice, TeamReport } from '../../messages/types.ts';
import { textFor, type Locale, type TargetRef } from '../../model/index.ts';
import { teamStatementStats, teamTargetStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import { dashboardPaths } from '../dashboard-links.ts';
import { teamNoResults } from './no-results.ts';
import { latestCommentBatch } from './released-comments.ts';
import { closedRounds, comparability, lockedK, roundWeeks, type ClosedRound } from '../round-history.ts';
import { analyseTeam, type PeriodFigure, type TargetAnalysis } from './team-analysis.ts';

const sameTarget = (a: TargetRef, b: TargetRef) => a.kind === b.kind && a.key === b.key;

function figureInput(figure: PeriodFigure) {
  if (figure.summary) return { n: figure.respondents, summary: figure.summary };
  return {
    n: figure.respondents,
    hidden: figure.respondents === 0 ? ('no_data' as const) : ('below_k' as const),
  };
}

function trendInput(analysis: TargetAnalysis) {
  return {
    target: analysis.target,
    ...figureInput(analysis.latest),
    ...(analysis.change ? { change: analysis.change } : {}),
    direction: analysis.direction,
  };
}

/**
 * A leader's own score per target from their "I …" answers: for each target,
 * the latest closed round in which they rated it (rotation asks a target
 * every few rounds, like the team's own figures).
 */
async function selfRatings(
  ctx: AppContext,
  leaderId: string,
  rounds: readonly ClosedRound[],
): Promise<SelfRating[]> {
  const order = new Map(rounds.map((round, index) => [round.id, index]));
  const all = await ctx.db.leaderRating.findMany({
    where: { personId: leaderId, roundId: { in: rounds.map((r) => r.id) }, value: { not: null } },
  });
  const latestRound = new Map<string, number>();
  for (const rating of all) {
    const id = `${rating.targetKind}:${rating.targetKey}`;
    latestRound.set(id, Math.max(latestRound.get(id) ?? -1, order.get(rating.roundId) ?? -1));
  }
  const ratings = all.filter(
    (r) => order.get(r.roundId) === latestRound.get(`${r.targetKind}:${r.targetKey}`),
  );
  const byTarget = new Map<string, { target: TargetRef; values: number[] }>();
  for (const rating of ratings) {
    const id = `${rating.targetKind}:${rating.targetKey}`;
    const entry = byTarget.get(id) ?? {
      target: { kind: rating.targetKind as TargetRef['kind'], key: rating.targetKey },
      values: [],
    };
    entry.values.push(rating.value ?? 0);
    byTarget.set(id, entry);
  }
  return [...byTarget.values()]
    .filter((entry) => entry.target.kind === 'element' || entry.target.kind === 'trait')
    .sort((a, b) => `${a.target.kind}:${a.target.key}`.localeCompare(`${b.target.kind}:${b.target.key}`))
    .map(({ target, values }) => ({
      target,
      score: scoreFromMean(values.reduce((a, b) => a + b, 0) / values.length),
    }));
}

/** The person a report is built for: its wording and its dashboard link are theirs. */
export interface ReportRecipient {
  readonly id: string;
  readonly locale: Locale;
}

/**
 * The team report as one viewer should see it, or a notice that there are
 * no results yet (before the team's first round closes). A leader's
 * self-view appears only in the report built for that leader (`selfOf`).
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
  const analysis = analyseTeam(
    await teamStatementStats(ctx.db, teamId),
    await teamTargetStats(ctx.db, teamId),
    roundWeeks(rounds),
    ctx.bank,
    {
      k: lockedK(rounds, ctx.settings.k),
      comparable: await comparability(ctx.db, rounds),
    },
  );
  const of = (kind: TargetRef['kind']) =>
    analysis.targets.filter((t) => t.target.kind === kind && t.variant === undefined);
  const elements = of('element');
  const traits = of('trait');
  const values = analysis.targets.filter((t) => t.target.kind === 'value');

  const teamViews: TeamView[] = [...elements, ...traits].flatMap((t) =>
    t.latest.summary
      ? [{ target: t.target, respondents: t.latest.respondents, score: t.latest.summary.score }]
      : [],
  );
  const gaps = options.selfOf
    ? perceptionGaps(await selfRatings(ctx, options.selfOf, rounds), teamViews, { k })
    : [];
  const gapOf = (target: TargetRef) => {
    const gap = gaps.find((g) => sameTarget(g.target, target));
    return gap?.visible ? gap.gap : null;
  };
  const maturity = assessTeamMaturity(analysis.elementRounds, {
    asOf: periodKey(now, 'week', timeZone),
    gapOf: (element) => gapOf({ kind: 'element', key: element }),
  });

  const posts = await ctx.db.nudgePost.findMany({
    where: { teamId },
    orderBy: { postedAt: 'desc' },
    take: 5,
  });
  const nudges = posts.map((post) => {
    const target = analysis.targets.find(
      (t) =>
        sameTarget(t.target, { kind: post.targetKind as TargetRef['kind'], key: post.targetKey }) &&
        t.variant !== 'desired',
    );
    const before = target?.series
      .filter((f) => rounds.find((r) => r.week === f.week && r.opensAt <= post.postedAt))
      .at(-1);
    const { effect } = evaluateNudgeEffect({
      postedAt: post.postedAt,
      now,
      before: before?.summary ?? null,
      after: target?.latest.summary ?? null,
    });
    return { nudgeId: post.nudgeId, postedAt: post.postedAt, effect };
  });

  const input: TeamReportInput = {
    locale,
    team: { id: team.id, name: team.name },
    period: { key: latest.week, kind: 'week' },
    k,
    participation: { invited: latest.invited, respondents: latest.respondents },
    elements: elements.map(trendInput),
    traits: traits.map(trendInput),
    culture: values
      .filter((t) => t.variant !== 'desired')
      .map((current) => {
        const desired = values.find((t) => t.variant === 'desired' && t.target.key === current.target.key);
        return {
          value: current.target.key,
          current: figureInput(current.latest),
          ...(desired ? { desired: figureInput(desired.latest) } : {}),
        };
      }),
    gaps,
    maturity: {
      level: maturity.level,
      evidence: { toNextLevel: maturity.toNextLevel, elements: maturity.elements, window: maturity.window },
    },
    nudges,
    enps: analysis.enps.summary
      ? { n: analysis.enps.respondents, summary: analysis.enps.summary }
      : { n: analysis.enps.respondents, hidden: analysis.enps.respondents === 0 ? 'no_data' : 'below_k' },
    comments: {
      batch: await latestCommentBatch(ctx.db, teamId),
      k: latest.k,
      minComments: latest.commentK,
    },
    participationHistory: rounds.map((round) => ({
      period: round.week,
      invited: round.invited,
      respondents: round.respondents,
    })),
    history: {
      weeks: analysis.weeks,
      rows: ctx.bank.elements.map((element) => ({
        key: element.key,
        label: textFor(element.name, locale),
        figures: (elements.find((t) => t.target.key === element.key)?.series ?? []).map((figure) => ({
          week: figure.week,
          ...figureInput(figure),
        })),
      })),
    },
    timeZone,
    dashboardUrl: await ctx.links.dashboard(
      { id: recipient.id, organizationId: team.organizationId },
      dashboardPaths.team(team.id),
    ),
    content: ctx.bank,
  };
  return { report: buildTeamReport(input), maturity };
}
