import type { PeriodKey } from '../core/periods.ts';
import { participationRate } from '../core/scores.ts';
import type { Locale } from '../model/keys.ts';
import { periodLabel } from './period-label.ts';
import { scoreCell, whole, type FigureInput, type GateContext } from './score-cells.ts';
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
  /** Oldest first: the weeks of the team's closed rounds. */
  readonly weeks: readonly PeriodKey[];
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    readonly figures: readonly (FigureInput & { readonly week: PeriodKey })[];
  }[];
}

/**
 * Scores over time as a grid: one row per element, one cell per round's
 * week, each gated by k like every other figure.
 */
export function scoreHistory(
  input: HistoryInput,
  context: GateContext,
): { readonly weekLabels: Readonly<Record<string, string>>; readonly rows: readonly HeatmapRow[] } {
  return {
    weekLabels: Object.fromEntries(input.weeks.map((week) => [week, periodLabel(week, context.locale)])),
    rows: input.rows.map((row) => ({
      team: { id: row.key, name: row.label },
      cells: input.weeks.map((week) => {
        const figure = row.figures.find((f) => f.week === week) ?? { n: 0, hidden: 'no_data' as const };
        return { ...scoreCell(figure, context), elementKey: week };
      }),
    })),
  };
}
