import type { EnpsSplit } from '../core/enps-periods.ts';
import type { PeriodKey } from '../core/periods.ts';
import { weeksLabel } from './history.ts';
import { t } from './i18n/translate.ts';
import { scoreCell, whole, type FigureInput, type GateContext } from './score-cells.ts';
import type { EnpsGroup, EnpsSection, SeriesPoint } from './types.ts';

/** eNPS over one fixed 4-week period, as the report is given it. */
export interface EnpsPeriodInput {
  readonly from: PeriodKey;
  readonly to: PeriodKey;
  readonly n: number;
  /** From `summarizeNps`; absent or null unless shown. */
  readonly summary?: {
    readonly enps: number;
    readonly interval?: { readonly low: number; readonly high: number };
  } | null;
  /** `not_asked` when no round of the period asked it; `below_k` when it was asked and hidden. */
  readonly hidden?: FigureInput['hidden'];
}

export interface EnpsFigureInput extends EnpsPeriodInput {
  /** From `enpsSplit`: the three groups, or null when the split is withheld. */
  readonly split?: EnpsSplit | null;
  /** The reader's own answer (0–10) in the same period: given only for the leader's own report. */
  readonly self?: number | null;
  /** Every period back to the first round, oldest first (the last is this one). */
  readonly history?: readonly EnpsPeriodInput[];
}

const GROUPS = ['promoters', 'passives', 'detractors'] as const;

/**
 * The eNPS section: the net score of the latest period under its own
 * heading, its promoters, passives and detractors where each group is large
 * enough (else why not), the leader's own answer when the report is theirs,
 * and the periods over time. A period that did not ask it says so; it is
 * never "hidden".
 */
export function enpsSection(figure: EnpsFigureInput, context: GateContext): EnpsSection {
  const { locale } = context;
  const cell = enpsCell(figure, context);
  const split = cell.score === null ? null : groups(figure.split ?? null, context);
  const self = figure.self ?? null;
  return {
    ...cell,
    heading: t(locale, 'enps.heading'),
    label: t(locale, 'enps.label'),
    periodLabel: weeksLabel(figure.from, figure.to, locale),
    ...(split ? { split, splitLabel: split.map((g) => g.label).join(' · ') } : {}),
    ...(cell.score !== null && !split
      ? { splitLabel: t(locale, 'enps.split.withheld', { k: context.k }) }
      : {}),
    ...(self === null
      ? {}
      : {
          self,
          selfLabel: t(locale, 'enps.self', { value: self, group: t(locale, `enps.one.${groupOf(self)}`) }),
        }),
    ...(figure.history ? { history: figure.history.map((period) => historyPoint(period, context)) } : {}),
  };
}

function enpsCell(figure: EnpsPeriodInput, context: GateContext) {
  const summary = figure.summary ?? undefined;
  const cell = scoreCell(
    {
      n: figure.n,
      summary: summary ? { score: summary.enps, favourablePercent: 0 } : null,
      ...(figure.hidden === undefined ? {} : { hidden: figure.hidden }),
    },
    context,
  );
  // Nobody answered because the question was not asked: that is not "hidden".
  if (cell.hidden === 'no_data' || cell.hidden === 'not_asked') {
    return { ...cell, hidden: 'not_asked' as const, hiddenLabel: t(context.locale, 'enps.notAsked') };
  }
  // eNPS has no favourable share; its interval runs −100…100, not 0…100.
  if (cell.hidden !== undefined || summary === undefined) return cell;
  const interval = summary.interval;
  return {
    score: cell.score,
    n: cell.n,
    ...(interval === undefined ? {} : { interval: [whole(interval.low), whole(interval.high)] as const }),
  };
}

function groups(split: EnpsSplit | null, context: GateContext): EnpsGroup[] | null {
  if (!split) return null;
  const total = split.promoters + split.passives + split.detractors;
  // The split's own k check, whatever the caller decided: every group at least k.
  if (GROUPS.some((group) => split[group] < context.k) || total === 0) return null;
  return GROUPS.map((group) => {
    const count = split[group];
    const percent = whole((count / total) * 100);
    return {
      group,
      count,
      percent,
      label: t(context.locale, 'enps.group.count', {
        group: t(context.locale, `enps.group.${group}`),
        count,
        percent,
      }),
    };
  });
}

function groupOf(answer: number): 'promoter' | 'passive' | 'detractor' {
  return answer >= 9 ? 'promoter' : answer >= 7 ? 'passive' : 'detractor';
}

function historyPoint(period: EnpsPeriodInput, context: GateContext): SeriesPoint {
  const cell = enpsCell(period, context);
  return {
    period: period.to,
    value: cell.score,
    n: cell.n,
    label: weeksLabel(period.from, period.to, context.locale),
    ...(cell.hidden === undefined ? {} : { hidden: cell.hidden }),
  };
}

/** The lines under the eNPS score every surface prints alike: its weeks, its split or why not, the leader's own answer. */
export function enpsDetailLines(section: EnpsSection): string[] {
  return [section.periodLabel, section.splitLabel, section.selfLabel].filter(
    (line): line is string => line !== undefined,
  );
}
