import { periodLabel } from '../../messages/index.ts';
import { participationSummary } from '../../messages/report-labels.ts';
import type { Locale } from '../../model/index.ts';
import type { AppContext } from '../context.ts';
import { closedRounds } from '../round-history.ts';
import {
  orgHome,
  teamHome,
  type HomeSummary,
  type OrgHome,
  type TeamHome,
  type TeamHomeNotice,
} from './home-figures.ts';
import { orgReportFor } from './org-report.ts';
import { teamReportFor } from './team-report.ts';

/** Who the home is for: the teams they lead, and the organisation when they are HR. */
export interface HomeViewer {
  readonly id: string;
  readonly organizationId: string;
  readonly locale: Locale;
  readonly isHr: boolean;
}

/**
 * "How are we doing?" for one viewer: for HR the organisation (from the
 * organisation report), and each team the viewer leads (from its team
 * report). Every figure comes out of the report that shows it, through that
 * report's gates and disclosure decisions; before a first round closes, the
 * report's own "no results yet" notice stands in its place.
 */
export async function homeSummaryFor(ctx: AppContext, viewer: HomeViewer, now: Date): Promise<HomeSummary> {
  const recipient = { id: viewer.id, locale: viewer.locale };
  const led = await ctx.db.team.findMany({
    where: {
      organizationId: viewer.organizationId,
      active: true,
      memberships: { some: { personId: viewer.id, role: 'leader', leftAt: null } },
    },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
  const teams: (TeamHome | TeamHomeNotice)[] = [];
  for (const team of led) {
    const report = await teamReportFor(ctx, team.id, recipient, now);
    teams.push(report.kind === 'notice' ? { kind: 'team-notice', team, notice: report } : teamHome(report));
  }
  if (!viewer.isHr) return { kind: 'home', locale: viewer.locale, teams };
  const report = await orgReportFor(ctx, viewer.organizationId, recipient, now);
  const organisation: OrgHome | { kind: 'org-notice'; notice: typeof report & { kind: 'notice' } } =
    report.kind === 'notice'
      ? { kind: 'org-notice', notice: report }
      : orgHome(report, await latestParticipation(ctx, viewer.organizationId, viewer.locale));
  return { kind: 'home', locale: viewer.locale, organisation, teams };
}

/**
 * Who took part in the organisation's latest week with closed rounds, over
 * the teams the organisation report counts. Participation is not what anyone
 * answered, so it is shown at any size, as in the report.
 */
async function latestParticipation(ctx: AppContext, organizationId: string, locale: Locale) {
  const teams = await ctx.db.team.findMany({ where: { organizationId, active: true }, select: { id: true } });
  const byWeek = new Map<string, { invited: number; respondents: number }>();
  for (const team of teams) {
    for (const round of await closedRounds(ctx.db, team.id)) {
      const week = byWeek.get(round.week) ?? { invited: 0, respondents: 0 };
      week.invited += round.invited;
      week.respondents += round.respondents;
      byWeek.set(round.week, week);
    }
  }
  const latest = [...byWeek.keys()].sort().at(-1);
  const counts = latest === undefined ? undefined : byWeek.get(latest);
  if (latest === undefined || !counts) return undefined;
  return { ...participationSummary(counts, locale), periodLabel: periodLabel(latest, locale) };
}
