import { mergeNpsStats, summarizeNps, type NpsStats } from '../../core/index.ts';
import { buildOrgReport, type OrgReportInput } from '../../messages/index.ts';
import type { OrgReport } from '../../messages/types.ts';
import type { Locale } from '../../model/index.ts';
import { teamStatementStats, teamTargetStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import { closedRounds, comparability, roundWeeks } from '../round-history.ts';
import { analyseTeam } from './team-analysis.ts';

/**
 * The organisation picture for HR: participation and eNPS per week over all
 * teams, and each team against the nine elements in its latest round. Every
 * cell is gated per team with the k its round was locked with.
 */
export async function orgReportFor(
  ctx: AppContext,
  organizationId: string,
  locale: Locale,
): Promise<OrgReport> {
  const teams = await ctx.db.team.findMany({
    where: { organizationId, active: true },
    orderBy: { name: 'asc' },
  });
  const participation = new Map<string, { invited: number; respondents: number }>();
  const engagement = new Map<string, NpsStats[]>();
  const heatmap: OrgReportInput['heatmap'][number][] = [];
  let k = ctx.settings.k;
  for (const team of teams) {
    const rounds = await closedRounds(ctx.db, team.id);
    for (const round of rounds) {
      const entry = participation.get(round.week) ?? { invited: 0, respondents: 0 };
      entry.invited += round.invited;
      entry.respondents += round.respondents;
      participation.set(round.week, entry);
    }
    const latest = rounds.at(-1);
    k = Math.max(k, latest?.k ?? k);
    const stats = await teamStatementStats(ctx.db, team.id);
    for (const row of stats) {
      if (row.nps.count > 0) engagement.set(row.week, [...(engagement.get(row.week) ?? []), row.nps]);
    }
    const analysis = analyseTeam(
      stats,
      await teamTargetStats(ctx.db, team.id),
      roundWeeks(rounds),
      ctx.bank,
      {
        k: latest?.k ?? ctx.settings.k,
        comparable: await comparability(ctx.db, rounds),
      },
    );
    heatmap.push({
      team: { id: team.id, name: team.name },
      cells: ctx.bank.elements.map((element) => {
        const found = analysis.targets.find(
          (t) => t.target.kind === 'element' && t.target.key === element.key,
        );
        if (!found) return { element: element.key, n: 0, hidden: 'no_data' as const };
        const figure = found.latest;
        return {
          element: element.key,
          n: figure.respondents,
          ...(figure.summary ? { summary: figure.summary } : { hidden: 'below_k' as const }),
          ...(found.change ? { change: found.change } : {}),
        };
      }),
    });
  }
  const weeks = [...participation.keys()].sort();
  return buildOrgReport({
    locale,
    period: { key: weeks.at(-1) ?? '', kind: 'week' },
    k,
    participation: weeks.map((week) => ({
      period: week,
      ...(participation.get(week) ?? { invited: 0, respondents: 0 }),
    })),
    engagement: weeks.map((week) => {
      const merged = mergeNpsStats(engagement.get(week) ?? []);
      const summary = merged.count >= k ? summarizeNps(merged) : null;
      return {
        period: week,
        n: merged.count,
        ...(summary
          ? { enps: summary.enps }
          : { hidden: merged.count === 0 ? ('no_data' as const) : ('below_k' as const) }),
      };
    }),
    heatmap,
    dashboardUrl: `${ctx.settings.publicUrl}/dashboard`,
    content: ctx.bank,
  });
}
