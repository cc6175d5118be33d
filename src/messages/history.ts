import type { PeriodKey } from '../core/periods.ts';
import { participationRate } from '../core/scores.ts';
import type { Locale } from '../model/keys.ts';
import { periodLabel } from './period-label.ts';
import { scoreCell, whole, type FigureInput, type GateContext } from './score-cells.ts';
import { t } from './i18n/translate.ts';
import type { HeatmapRow, SeriesPoint } from './types.ts';

export interface ParticipationInput {
  readonly period: PeriodKey;
  readonly invited: number;
  readonly respondents: number;
}

/** Participation per period. Who took part is not what anyone answered, so it is shown at any size. */
export function participationSeries(points: readonly ParticipationInput[], locale: Locale): SeriesPoint[] {
  return points.map((point): SeriesPoint => {
    const base = { period: point.period, n: point.respondents, label: periodLabel(point.period, locale) };
    const rate = participationRate(point.respondents, point.invited);
    return rate === null ? { ...base, value: null, hidden: 'no_data' } : { ...base, value: whole(rate) };
  });
}

export interface HistoryInput {
  /** Oldest first: the four-week periods, each named by its last week (`to`). */
  readonly periods: readonly { readonly from: PeriodKey; readonly to: PeriodKey }[];
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    /** One per period that asked the element; a period without one was not asked. */
    readonly figures: readonly (FigureInput & { readonly period: PeriodKey })[];
  }[];
}

/**
 * Scores over time as a grid: one row per element, one cell per period,
 * each gated by k like every other figure. A period that did not ask the
 * element says so, apart from one that asked and had to hide it.
 */
export function scoreHistory(
  input: HistoryInput,
  context: GateContext,
): { readonly weekLabels: Readonly<Record<string, string>>; readonly rows: readonly HeatmapRow[] } {
  return {
    weekLabels: Object.fromEntries(
      input.periods.map((period) => [period.to, weeksLabel(period.from, period.to, context.locale)]),
    ),
    rows: input.rows.map((row) => ({
      team: { id: row.key, name: row.label },
      cells: input.periods.map(({ to }) => {
        const figure = row.figures.find((f) => f.period === to) ?? { n: 0, hidden: 'not_asked' as const };
        return { ...scoreCell(figure, context), elementKey: to };
      }),
    })),
  };
}

/** A run of ISO weeks in words: "Weeks 45–48, 2026", or with both years when it crosses one. */
export function weeksLabel(from: PeriodKey, to: PeriodKey, locale: Locale): string {
  const [fromYear = '', fromWeek = ''] = from.split('-W');
  const [year = '', toWeek = ''] = to.split('-W');
  const weeks = { from: String(Number(fromWeek)), to: String(Number(toWeek)), year };
  return fromYear === year
    ? t(locale, 'period.weeks', weeks)
    : t(locale, 'period.weeks.span', { ...weeks, fromYear });
}
