import { participationRate } from '../core/scores.ts';
import type { Locale } from '../model/keys.ts';
import { t } from './i18n/translate.ts';
import type { Participation, ReportColumns, ReportSection } from './types.ts';

export function reportHeadings(locale: Locale): Record<ReportSection, string> {
  const heading = (section: ReportSection) => t(locale, `report.heading.${section}`);
  return {
    participation: heading('participation'),
    elements: heading('elements'),
    strengths: heading('strengths'),
    gaps: heading('gaps'),
    culture: heading('culture'),
    traits: heading('traits'),
    nudges: heading('nudges'),
    maturity: heading('maturity'),
    heatmap: heading('heatmap'),
    falling: heading('falling'),
    comments: heading('comments'),
    history: heading('history'),
  };
}

export function reportColumns(locale: Locale): ReportColumns {
  return {
    score: t(locale, 'report.column.score'),
    favourable: t(locale, 'report.column.favourable'),
    n: t(locale, 'report.column.n'),
    trend: t(locale, 'report.column.trend'),
    self: t(locale, 'report.column.self'),
    team: t(locale, 'report.column.team'),
    gap: t(locale, 'report.column.gap'),
    current: t(locale, 'report.column.current'),
    desired: t(locale, 'report.column.desired'),
    period: t(locale, 'report.column.period'),
    answers: t(locale, 'score.column.answers'),
    rounds: t(locale, 'score.column.rounds'),
    statements: t(locale, 'score.column.statements'),
  };
}

/**
 * Who took part, not what anyone answered, so it is shown at any size: a
 * leader needs to know that 2 of 9 answered to read the rest of the report.
 */
export function participationSummary(
  counts: { readonly invited: number; readonly respondents: number },
  locale: Locale,
): Participation {
  const rate = Math.round(participationRate(counts.respondents, counts.invited) ?? 0);
  return {
    invited: counts.invited,
    respondents: counts.respondents,
    ratePercent: rate,
    label: t(locale, 'report.participation', { ...counts, rate }),
  };
}
