import {
  mergeAgreeStats,
  mergeNpsStats,
  summarizeAgree,
  summarizeNps,
  type AgreeStats,
  type NpsStats,
} from '../../core/index.ts';
import { buildOrgReport, type HeatmapCellInput } from '../../messages/index.ts';
import type { Notice, OrgReport } from '../../messages/types.ts';
import { teamStatementStats, teamTargetStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import { dashboardPaths } from '../dashboard-links.ts';
import { organisationNoResults } from './no-results.ts';
import type { ReportRecipient } from './team-report.ts';
import { closedRounds, comparability, lockedK, roundWeeks } from '../round-history.ts';
import { analyseTeam, type TargetAnalysis } from './team-analysis.ts';
import { heatmapDisclosure, weekTotalsDisclosure, type TeamRounds } from './org-disclosure.ts';
import { orgEnpsInput, type TeamEnpsWeek } from './org-enps.ts';

interface TeamNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly elements: ReadonlyMap<string, TargetAnalysis>;
  readonly rounds: TeamRounds['rounds'];
  readonly npsRespondents: ReadonlyMap<string, number>;
}

/** A team's figure including every team below it: its own latest figure plus its descendants'. */
function rolledUp(
  team: TeamNode,
  teams: readonly TeamNode[],
  element: string,
): { stats: AgreeStats; respondents: number } {
  const own = team.elements.get(element)?.latest;
  const parts = [{ stats: own?.stats ?? mergeAgreeStats([]), respondents: own?.respondents ?? 0 }];
  for (const child of teams.filter((t) => t.parentId === team.id))
    parts.push(rolledUp(child, teams, element));
  return {
    stats: mergeAgreeStats(parts.map((p) => p.stats)),
    respondents: parts.reduce((sum, p) => sum + p.respondents, 0),
  };
}

/**
 * The organisation picture for HR, or a notice that there are no results yet
 * (before any of its teams' rounds has closed): participation and eNPS per week over all
 * teams, and every team against the nine elements. A team with sub-teams
 * shows the roll-up of all of them; which cells may be shown is decided per
 * element over the whole hierarchy, so that no team under k can be worked
 * out by subtracting one shown figure from another (the next-smallest
 * sibling is hidden too where needed).
 */
export async function orgReportFor(
  ctx: AppContext,
  organizationId: string,
  recipient: ReportRecipient,
): Promise<OrgReport | Notice> {
  const { locale } = recipient;
  const rows = await ctx.db.team.findMany({
    where: { organizationId, active: true },
    orderBy: { name: 'asc' },
  });
  const participation = new Map<string, { invited: number; respondents: number }>();
  const engagement = new Map<string, NpsStats[]>();
  const enpsAnswers: TeamEnpsWeek[] = [];
  const teams: TeamNode[] = [];
  let k = ctx.settings.k;
  for (const team of rows) {
    const rounds = await closedRounds(ctx.db, team.id);
    for (const round of rounds) {
      const entry = participation.get(round.week) ?? { invited: 0, respondents: 0 };
      entry.invited += round.invited;
      entry.respondents += round.respondents;
      participation.set(round.week, entry);
      k = Math.max(k, round.k);
    }
    const stats = await teamStatementStats(ctx.db, team.id);
    for (const row of stats) {
      if (row.nps.count > 0) engagement.set(row.week, [...(engagement.get(row.week) ?? []), row.nps]);
      if (row.nps.count > 0) enpsAnswers.push({ teamId: team.id, week: row.week, stats: row.nps });
    }
    const analysis = analyseTeam(
      stats,
      await teamTargetStats(ctx.db, team.id),
      roundWeeks(rounds),
      ctx.bank,
      {
        k: lockedK(rounds, ctx.settings.k),
        comparable: await comparability(ctx.db, rounds),
      },
    );
    const elements = new Map(
      analysis.targets.filter((t) => t.target.kind === 'element').map((t) => [t.target.key, t] as const),
    );
    // Counted as the organisation's week total counts them: every eNPS answer of the week.
    const npsRespondents = new Map<string, number>();
    for (const row of stats)
      npsRespondents.set(row.week, (npsRespondents.get(row.week) ?? 0) + row.nps.count);
    teams.push({ id: team.id, name: team.name, parentId: team.parentId, elements, rounds, npsRespondents });
  }

  const known = new Set(teams.map((t) => t.id));
  // One disclosure model decides every aggregate here against the teams' own pages and every earlier moment.
  const history: TeamRounds[] = teams.map((team) => ({
    id: team.id,
    ...(team.parentId && known.has(team.parentId) ? { parentId: team.parentId } : {}),
    rounds: team.rounds,
  }));
  const byTeam = new Map(teams.map((team) => [team.id, team] as const));
  const cells = new Map<string, HeatmapCellInput[]>(teams.map((t) => [t.id, []]));
  for (const element of ctx.bank.elements) {
    const rolled = new Map(teams.map((team) => [team.id, rolledUp(team, teams, element.key)]));
    const disclosure = heatmapDisclosure(
      history,
      (teamId, week) =>
        byTeam
          .get(teamId)
          ?.elements.get(element.key)
          ?.series.find((f) => f.week === week)?.respondents ?? 0,
    );
    const decisions = teams.map((team) => ({
      id: team.id,
      ...(disclosure.get(team.id) ?? { visible: false as const, reason: 'below_k' as const }),
    }));
    for (const decision of decisions) {
      const team = teams.find((t) => t.id === decision.id);
      const figure = rolled.get(decision.id);
      if (!team || !figure) continue;
      const summary = decision.visible ? summarizeAgree(figure.stats) : null;
      const leaf = !teams.some((t) => t.parentId === team.id);
      const change = leaf && decision.visible ? team.elements.get(element.key)?.change : undefined;
      cells.get(team.id)?.push({
        element: element.key,
        n: figure.respondents,
        ...(figure.respondents === 0
          ? { hidden: 'no_data' as const }
          : summary
            ? { summary }
            : { hidden: decision.visible ? ('below_k' as const) : decision.reason }),
        ...(change ? { change } : {}),
      });
    }
  }

  const weekTotals = weekTotalsDisclosure(
    history,
    (teamId, week) => byTeam.get(teamId)?.npsRespondents.get(week) ?? 0,
  );
  const weeks = [...participation.keys()].sort();
  const latestWeek = weeks.at(-1);
  if (!latestWeek) {
    const org = await ctx.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
    return organisationNoResults(ctx.db, organizationId, locale, org.timeZone);
  }
  const enps = orgEnpsInput(enpsAnswers, history, { k, since: weeks[0] ?? latestWeek, asOf: latestWeek });
  return buildOrgReport({
    locale,
    period: { key: latestWeek, kind: 'week' },
    k,
    ...(enps ? { enps } : {}),
    participation: weeks.map((week) => ({
      period: week,
      ...(participation.get(week) ?? { invited: 0, respondents: 0 }),
    })),
    engagement: weeks.map((week) => {
      const merged = mergeNpsStats(engagement.get(week) ?? []);
      const decision = weekTotals.get(week);
      const summary = decision?.visible ? summarizeNps(merged) : null;
      const hidden =
        merged.count === 0
          ? ('no_data' as const)
          : decision?.visible === false
            ? decision.reason
            : ('below_k' as const);
      return { period: week, n: merged.count, ...(summary ? { enps: summary.enps } : { hidden }) };
    }),
    heatmap: teams.map((team) => ({
      team: { id: team.id, name: team.name },
      cells: cells.get(team.id) ?? [],
    })),
    dashboardUrl: await ctx.links.dashboard({ id: recipient.id, organizationId }, dashboardPaths.org),
    content: ctx.bank,
  });
}
