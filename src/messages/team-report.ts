import type { NudgeEffect } from '../core/nudge-effect.ts';
import type { PerceptionGap } from '../core/perception-gap.ts';
import type { ContentBank } from '../model/content-types.ts';
import type { Locale, MaturityLevel } from '../model/keys.ts';
import { loadContentBank } from '../model/load-content-bank.ts';
import { resolveLocale, textFor } from '../model/localized-text.ts';
import { commentsSection, type CommentPeriodInput, type CommentThresholds } from './comment-words.ts';
import { facetLabel, targetLabel, targetOrder } from './content-labels.ts';
import { localDate } from './dates.ts';
import { enpsSection, type EnpsFigureInput } from './enps-section.ts';
import { participationSeries, scoreHistory, type HistoryInput, type ParticipationInput } from './history.ts';
import { t } from './i18n/translate.ts';
import { periodLabel, type PeriodRef } from './period-label.ts';
import { participationSummary, reportColumns, reportHeadings } from './report-labels.ts';
import { scoreWindowFields, type ScoreWindowInput } from './score-window.ts';
import {
  scoreCell,
  scoreRow,
  whole,
  type FigureInput,
  type GateContext,
  type TrendFigureInput,
} from './score-cells.ts';
import type {
  CultureRow,
  GapRow,
  MaturitySummary,
  NudgeSummary,
  ScoreCell,
  ScoreRow,
  TeamReport,
  TeamReportReader,
} from './types.ts';
import { maturityReasons, type MaturityEvidence } from './maturity-reasons.ts';
import { byWantsMore, wantsMoreSection, type DesiredWindowInput } from './wants-more.ts';

/** A strength is a shown element scoring at least this; below it, praise would ring hollow. */
export const STRENGTH_MIN_SCORE = 60;
export const STRENGTH_COUNT = 3;

export interface CultureFigureInput {
  readonly value: string;
  readonly current: FigureInput;
  readonly desired?: FigureInput;
}

export interface NudgeHistoryInput {
  readonly nudgeId: string;
  readonly postedAt: Date;
  /** From `evaluateNudgeEffect`. */
  readonly effect?: NudgeEffect;
}

export interface TeamReportInput {
  readonly locale: string;
  readonly team: { readonly id: string; readonly name: string };
  readonly period: PeriodRef;
  /** The k the figures were gated with; figures below it are hidden again here. */
  readonly k: number;
  readonly participation: { readonly invited: number; readonly respondents: number };
  /** The window every score pools, and the moment it was read (its as-of date, in `timeZone`). */
  readonly window?: ScoreWindowInput;
  readonly elements: readonly TrendFigureInput[];
  readonly traits?: readonly TrendFigureInput[];
  readonly culture?: readonly CultureFigureInput[];
  /** The window the culture rows' `desired` figures pool: their own, holding every value once. */
  readonly desiredWindow?: DesiredWindowInput;
  /** From `perceptionGaps`; hidden gaps are left out of the report. */
  readonly gaps?: readonly PerceptionGap[];
  readonly maturity: { readonly level: MaturityLevel; readonly evidence?: MaturityEvidence };
  readonly nudges?: readonly NudgeHistoryInput[];
  readonly enps?: EnpsFigureInput;
  readonly participationHistory?: readonly ParticipationInput[];
  readonly history?: HistoryInput;
  /**
   * The batches `releaseComments` let out within the window by four-week
   * period, newest first (empty before the first), and the rule's thresholds.
   */
  readonly comments?: CommentThresholds & { readonly periods: readonly CommentPeriodInput[] };
  /** The team's zone, for the dates nudges were posted; UTC when absent. */
  readonly timeZone?: string;
  readonly dashboardUrl?: string;
  readonly content?: ContentBank;
  /** Who reads it: the team's leader (the default), or someone who does not lead it (HR). */
  readonly reader?: TeamReportReader;
}

/**
 * The report a leader receives: participation, the nine elements in
 * checklist order with trends, strengths, their self-view against the team's,
 * culture today beside the values the team wants more of (ranked over their own
 * window, the three most wanted named), the leader traits, nudges tried and the
 * indicative level with its caveat. Names come from the content bank. Read
 * by someone who does not lead the team, it leaves out what is the leader's
 * alone and says so in words for that reader.
 */
export function buildTeamReport(input: TeamReportInput): TeamReport {
  const locale = resolveLocale(input.locale);
  const bank = input.content ?? loadContentBank();
  const context: GateContext = { locale, k: input.k };
  const rows = (figures: readonly TrendFigureInput[]) =>
    [...figures]
      .sort((a, b) => targetOrder(bank, a.target) - targetOrder(bank, b.target))
      .map((figure) => scoreRow(figure, targetLabel(bank, figure.target, locale), context));
  const elements = rows(input.elements);
  const enps = input.enps ? enpsSection(input.enps, context) : undefined;
  const reader = input.reader ?? 'leader';
  const timeZone = input.timeZone ?? 'UTC';
  const culture = byWantsMore(
    [...(input.culture ?? [])]
      .sort((a, b) => valueOrder(bank, a.value) - valueOrder(bank, b.value))
      .map((figure) => cultureRow(figure, bank, context)),
  );
  const forLeader = reader === 'leader';
  return {
    kind: 'team-report',
    locale,
    ...(forLeader ? {} : { reader }),
    title: t(locale, 'report.team.title', { team: input.team.name }),
    team: { id: input.team.id, name: input.team.name },
    periodLabel: periodLabel(input.period, locale),
    participation: participationSummary(input.participation, locale),
    ...scoreWindowFields(input.window, timeZone, locale),
    elements,
    strengths: strengths(elements),
    // The perception gap is the leader's own ratings beside the team's: only the leader sees it.
    gaps: forLeader ? (input.gaps ?? []).flatMap((gap) => gapRow(gap, bank, locale)) : [],
    culture,
    ...(input.desiredWindow && culture.length > 0
      ? { wantsMore: wantsMoreSection(culture, input.desiredWindow, timeZone, locale) }
      : {}),
    traits: rows(input.traits ?? []),
    nudges: (input.nudges ?? []).map((nudge) => nudgeSummary(nudge, bank, locale, timeZone)),
    maturity: maturitySummary(input.maturity, bank, locale, reader),
    ...(enps === undefined ? {} : { enps }),
    ...(input.comments === undefined
      ? {}
      : { comments: commentsSection(input.comments.periods, input.comments, locale) }),
    ...(input.participationHistory
      ? { participationHistory: participationSeries(input.participationHistory, locale) }
      : {}),
    ...(input.history ? { history: scoreHistory(input.history, context) } : {}),
    privacyNote: t(locale, forLeader ? 'report.privacy.team' : 'report.privacy.team.reader', { k: input.k }),
    headings: reportHeadings(locale),
    columns: reportColumns(locale),
    emptyLabel: t(locale, 'report.empty'),
    ...(input.dashboardUrl === undefined
      ? {}
      : { dashboardUrl: input.dashboardUrl, dashboardLabel: t(locale, 'report.dashboard') }),
  };
}

/** The highest shown element scores of at least STRENGTH_MIN_SCORE, checklist order breaking ties. */
function strengths(elements: readonly ScoreRow[]): ScoreRow[] {
  return elements
    .filter((row) => row.hidden === undefined && row.score !== null && row.score >= STRENGTH_MIN_SCORE)
    .map((row, order) => ({ row, order }))
    .sort((a, b) => (b.row.score ?? 0) - (a.row.score ?? 0) || a.order - b.order)
    .slice(0, STRENGTH_COUNT)
    .map(({ row }) => row);
}

function gapRow(gap: PerceptionGap, bank: ContentBank, locale: Locale): GapRow[] {
  if (!gap.visible) return [];
  const verdict =
    gap.label === 'leader_higher'
      ? 'leader-higher'
      : gap.label === 'leader_lower'
        ? 'leader-lower'
        : 'aligned';
  const name = targetLabel(bank, gap.target, locale);
  return [
    {
      target: { kind: gap.target.kind, key: gap.target.key },
      // A value can share its name with a trait ("Appreciative"): say which one the row is.
      label: gap.target.kind === 'value' ? t(locale, 'gap.culture-value', { value: name }) : name,
      self: whole(gap.leaderScore),
      team: whole(gap.teamScore),
      gap: whole(gap.gap),
      verdict,
      verdictLabel: t(locale, `gap.${verdict}`),
    },
  ];
}

const valueOrder = (bank: ContentBank, value: string) => targetOrder(bank, { kind: 'value', key: value });

function cultureRow(figure: CultureFigureInput, bank: ContentBank, context: GateContext): CultureRow {
  return {
    valueKey: figure.value,
    label: targetLabel(bank, { kind: 'value', key: figure.value }, context.locale),
    facetLabel: facetLabel(bank, figure.value, context.locale),
    current: scoreCell(figure.current, context),
    ...(figure.desired === undefined ? {} : { desired: desiredCell(figure.desired, context) }),
  };
}

/** A "want more" figure; one its window has not asked yet says so, for the window holds every value in time. */
function desiredCell(figure: FigureInput, context: GateContext): ScoreCell {
  const cell = scoreCell(figure, context);
  return cell.hidden === 'not_asked'
    ? { ...cell, hiddenLabel: t(context.locale, 'wantsMore.cell.notAskedYet') }
    : cell;
}

function nudgeSummary(
  nudge: NudgeHistoryInput,
  bank: ContentBank,
  locale: Locale,
  timeZone: string,
): NudgeSummary {
  const known = bank.nudges.find((n) => n.id === nudge.nudgeId);
  return {
    nudgeId: nudge.nudgeId,
    // A nudge dropped from the custom content since it was posted keeps its history under its id.
    title: known ? textFor(known.text, locale).title : nudge.nudgeId,
    targetLabel: known ? targetLabel(bank, known.target, locale) : '',
    postedLabel: t(locale, 'nudge.posted', { date: localDate(nudge.postedAt, timeZone, locale) }),
    ...(nudge.effect === undefined ? {} : { effectLabel: t(locale, `nudge.effect.${nudge.effect}`) }),
  };
}

function maturitySummary(
  { level, evidence }: TeamReportInput['maturity'],
  bank: ContentBank,
  locale: Locale,
  reader: TeamReportReader,
): MaturitySummary {
  const info = bank.levels.find((l) => l.key === level);
  return {
    level,
    label: t(locale, 'maturity.label', { level: info ? textFor(info.name, locale) : level }),
    caveat: t(locale, 'maturity.caveat.indicative'),
    ...(evidence ? { basis: t(locale, 'maturity.window', { ...evidence.window }) } : {}),
    reasons: evidence ? maturityReasons(evidence, bank, locale, reader) : [],
  };
}
