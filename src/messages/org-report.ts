import type { ContentBank } from '../model/content-types.ts';
import { ELEMENT_KEYS } from '../model/keys.ts';
import { loadContentBank } from '../model/load-content-bank.ts';
import { resolveLocale } from '../model/localized-text.ts';
import type { PeriodKey } from '../core/periods.ts';
import { PulseError } from '../errors.ts';
import { targetLabel, targetOrder } from './content-labels.ts';
import { enpsSection, type EnpsFigureInput } from './enps-section.ts';
import { participationSeries } from './history.ts';
import { t } from './i18n/translate.ts';
import { periodLabel, type PeriodRef } from './period-label.ts';
import { reportColumns, reportHeadings } from './report-labels.ts';
import { scoreCell, whole, type FigureInput, type GateContext } from './score-cells.ts';
import { scoreWindowFields, type ScoreWindowInput } from './score-window.ts';
import type { HeatmapRow, OrgReport } from './types.ts';

export interface HeatmapCellInput extends FigureInput {
  readonly element: string;
  /** From `compareToPrevious`, only where the comparison may be shown. */
  readonly change?: { readonly difference: number; readonly beyondNoise: boolean } | null;
}

export interface OrgReportInput {
  readonly locale: string;
  readonly period: PeriodRef;
  readonly k: number;
  /** The window the heatmap's scores pool, and the moment it was read (its as-of date, in `timeZone`). */
  readonly window?: ScoreWindowInput;
  readonly timeZone?: string;
  /** Oldest first. */
  readonly participation: readonly {
    readonly period: PeriodKey;
    readonly invited: number;
    readonly respondents: number;
  }[];
  readonly heatmap: readonly {
    readonly team: { readonly id: string; readonly name: string };
    readonly cells: readonly HeatmapCellInput[];
  }[];
  /** The organisation's eNPS per 4-week period, as the team report has it (no leader's own answer). */
  readonly enps?: EnpsFigureInput;
  readonly dashboardUrl?: string;
  readonly content?: ContentBank;
}

/**
 * The organisation picture for HR: participation per week, eNPS per 4-week
 * period (the only eNPS series: a week's total would mix periods that asked
 * it with weeks that did not), every
 * team against the nine elements (a cell hidden with its reason where the
 * anonymity gate says so), and the team-element pairs that fell beyond noise,
 * largest fall first.
 */
export function buildOrgReport(input: OrgReportInput): OrgReport {
  const locale = resolveLocale(input.locale);
  const bank = input.content ?? loadContentBank();
  const context: GateContext = { locale, k: input.k };
  const elementKeys = [...ELEMENT_KEYS].sort(
    (a, b) => targetOrder(bank, { kind: 'element', key: a }) - targetOrder(bank, { kind: 'element', key: b }),
  );
  const elementLabels = Object.fromEntries(
    elementKeys.map((key) => [key, targetLabel(bank, { kind: 'element', key }, locale)]),
  );
  for (const cell of input.heatmap.flatMap((row) => row.cells)) {
    if (!elementKeys.some((key) => key === cell.element)) {
      throw new PulseError(
        'usage',
        `Unknown element "${cell.element}" in the heatmap: use one of ${ELEMENT_KEYS.join(', ')}.`,
      );
    }
  }
  const heatmap: HeatmapRow[] = input.heatmap.map((row) => ({
    team: { id: row.team.id, name: row.team.name },
    cells: elementKeys.map((elementKey) => {
      const figure = row.cells.find((cell) => cell.element === elementKey) ?? { n: 0 };
      return { elementKey, ...scoreCell(figure, context) };
    }),
  }));
  return {
    kind: 'org-report',
    locale,
    title: t(locale, 'report.org.title'),
    periodLabel: periodLabel(input.period, locale),
    ...scoreWindowFields(input.window, input.timeZone ?? 'UTC', locale),
    participation: participationSeries(input.participation, locale),
    ...(input.enps ? { enps: enpsSection(input.enps, context) } : {}),
    elementLabels,
    heatmap,
    falling: falling(input.heatmap, heatmap, elementLabels),
    privacyNote: t(locale, 'report.privacy.org', { k: input.k }),
    headings: reportHeadings(locale),
    columns: reportColumns(locale),
    emptyLabel: t(locale, 'report.empty'),
    ...(input.dashboardUrl === undefined
      ? {}
      : { dashboardUrl: input.dashboardUrl, dashboardLabel: t(locale, 'report.dashboard') }),
  };
}

/** Only cells that are shown can fall: a hidden cell's change would leak what the gate hid. */
function falling(
  input: OrgReportInput['heatmap'],
  shown: readonly HeatmapRow[],
  elementLabels: Readonly<Record<string, string>>,
): OrgReport['falling'] {
  return input
    .flatMap((row, index) =>
      row.cells.flatMap((cell) => {
        const visible = shown[index]?.cells.find((c) => c.elementKey === cell.element);
        const change = cell.change ?? undefined;
        if (
          !visible ||
          visible.hidden !== undefined ||
          !change?.beyondNoise ||
          whole(change.difference) >= 0
        ) {
          return [];
        }
        return [
          {
            team: row.team.name,
            label: elementLabels[cell.element] ?? cell.element,
            change: whole(change.difference),
            elementKey: cell.element,
          },
        ];
      }),
    )
    .sort((a, b) => a.change - b.change);
}
