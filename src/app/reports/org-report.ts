import { DEFAULT_WINDOW_WEEKS, periodKey, weekWindow } from '../../core/index.ts';
import { buildOrgReport } from '../../messages/index.ts';
import type { Notice, OrgReport } from '../../messages/types.ts';
import { teamStatementStats, teamTargetStats } from '../../store/answer-stats.ts';
import type { AppContext } from '../context.ts';
import { dashboardPaths } from '../dashboard-links.ts';
import { organisationNoResults } from './no-results.ts';
import type { ReportRecipient } from './team-report.ts';
import { closedRounds, comparability, lockedK, roundWeeks } from '../round-history.ts';
import { analyseTeam } from './team-analysis.ts';
import type { TeamRounds } from './org-disclosure.ts';
import { orgEnpsInput, type TeamEnpsWeek } from './org-enps.ts';
import { rollingHeatmap, type HeatmapTeam } from './org-heatmap.ts';

interface TeamNode extends HeatmapTeam {
  readonly name: string;
  readonly rounds: TeamRounds['rounds'];
}

/**
 * The organisation picture for HR, or a notice that there are no results yet
 * (before any of its teams' rounds has closed): participation per week and
 * eNPS per 4-week period over all teams, and every team against the nine elements on the rolling window as
 * of `now` (a team with sub-teams shows the roll-up of all of them; see
 * `rollingHeatmap` for why no cell can be worked out from others).
 */
export async function orgReportFor(
  ctx: AppContext,
  organizationId: string,
  recipient: ReportRecipient,
  now: Date,
): Promise<OrgReport | Notice> {
  const { locale } = recipient;
  const org = await ctx.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const window = weekWindow({
    asOf: periodKey(now, 'week', org.timeZone),
    weeks: ctx.settings.scoreWindowWeeks ?? DEFAULT_WINDOW_WEEKS,
  });
  const rows = await ctx.db.team.findMany({
    where: { organizationId, active: true },
    orderBy: { name: 'asc' },
  });
  const participation = new Map<string, { invited: number; respondents: number }>();
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
        window: { asOf: window.to, weeks: window.weeks },
      },
    );
    const elements = new Map(
      analysis.targets.filter((t) => t.target.kind === 'element').map((t) => [t.target.key, t] as const),
    );
    teams.push({ id: team.id, name: team.name, parentId: team.parentId, elements, rounds });
  }

  const known = new Set(teams.map((t) => t.id));
  // One disclosure model decides every aggregate here against the teams' own pages and every earlier moment.
  const history: TeamRounds[] = teams.map((team) => ({
    id: team.id,
    ...(team.parentId && known.has(team.parentId) ? { parentId: team.parentId } : {}),
    rounds: team.rounds,
  }));
  const cells = rollingHeatmap(teams, ctx.bank, window);
  const weeks = [...participation.keys()].sort();
  const latestWeek = weeks.at(-1);
  if (!latestWeek) {
    return organisationNoResults(ctx.db, organizationId, locale, org.timeZone);
  }
  const enps = orgEnpsInput(enpsAnswers, history, { k, since: weeks[0] ?? latestWeek, asOf: latestWeek });
  return buildOrgReport({
    locale,
    period: { key: latestWeek, kind: 'week' },
    k,
    ...(enps ? { enps } : {}),
    window: { weeks: window.weeks, asOf: now },
    timeZone: org.timeZone,
    participation: weeks.map((week) => ({
      period: week,
      ...(participation.get(week) ?? { invited: 0, respondents: 0 }),
    })),
    heatmap: teams.map((team) => ({
      team: { id: team.id, name: team.name },
      cells: cells.get(team.id) ?? [],
    })),
    dashboardUrl: await ctx.links.dashboard({ id: recipient.id, organizationId }, dashboardPaths.org),
    content: ctx.bank,
  });
}
