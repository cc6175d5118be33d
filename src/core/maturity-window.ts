import { PulseError } from '../errors.ts';
import { ELEMENT_KEYS, PHASES } from '../model/keys.ts';
import type { ElementKey, Phase } from '../model/keys.ts';
import {
  assessElementMaturity,
  assessOverallMaturity,
  type ElementEvidence,
  type ElementMaturity,
  type EvidenceBasis,
  type MaturityAssessment,
} from './maturity.ts';
import { shiftPeriod, type PeriodKey } from './periods.ts';
import { summarizeAgree } from './scores.ts';
import { mergeAgreeStats, type AgreeStats } from './stats.ts';
import { compareToPrevious, type TrendDirection } from './trends.ts';

/** Weeks of rounds the indicative level pools, unless the caller chooses another window. */
export const MATURITY_WINDOW_WEEKS = 12;

/** What one closed round published about one element. */
export interface ElementRoundFigure {
  readonly element: ElementKey;
  /** The round's ISO week (`2026-W05`). */
  readonly week: PeriodKey;
  /** Distinct people behind the element's figure in that round. */
  readonly respondents: number;
  /** The k locked into that round. */
  readonly k: number;
  readonly stats: AgreeStats;
  /**
   * Each phase asked in that round: its statements' statistics, and the most
   * people who answered any one of them (so at least that many stand behind it).
   */
  readonly phases: Readonly<Partial<Record<Phase, PhaseRoundFigure>>>;
}

export interface PhaseRoundFigure {
  readonly stats: AgreeStats;
  readonly respondents: number;
}

export interface MaturityWindow {
  /** First and last ISO week pooled, both included. */
  readonly from: PeriodKey;
  readonly to: PeriodKey;
  readonly weeks: number;
}

/** The team's indicative level with, per element, its stars and the phase scores behind them. */
export interface TeamMaturity extends MaturityAssessment {
  readonly window: MaturityWindow;
  readonly elements: readonly ElementMaturity[];
}

export interface PoolOptions {
  /** The week the level is read in; the window ends with it. */
  readonly asOf: PeriodKey;
  /** Window length in weeks (default MATURITY_WINDOW_WEEKS). */
  readonly weeks?: number;
}

/** The weeks a window covers, ending with `asOf`. */
export function maturityWindow(options: PoolOptions): MaturityWindow {
  const weeks = options.weeks ?? MATURITY_WINDOW_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 2) {
    throw new PulseError(
      'usage',
      `The maturity window must be a whole number of at least 2 weeks; got ${weeks}.`,
    );
  }
  return { from: shiftPeriod(options.asOf, 1 - weeks), to: options.asOf, weeks };
}

const within = (window: MaturityWindow, week: PeriodKey) => week >= window.from && week <= window.to;

/**
 * One element's evidence pooled over the window: the element's score from
 * every round in it whose figure was shown (at or above that round's k),
 * weighted by answers; each phase from those rounds where the phase itself
 * stood on at least k people. Rotation asks an element every few rounds and
 * only some of its statements each time, so one round rarely holds all three
 * phases; a window of rounds can, when the rounds in it asked each phase. The
 * trend compares the window's newer half with its older half and calls a
 * change only beyond noise (95%), so one noisy round does not read as falling.
 */
export function poolElementEvidence(
  figures: readonly ElementRoundFigure[],
  element: ElementKey,
  window: MaturityWindow,
  gap: number | null = null,
): ElementEvidence {
  const shown = figures.filter(
    (f) => f.element === element && within(window, f.week) && f.respondents >= f.k && f.stats.count > 0,
  );
  const pooled = pool(shown.map((f) => f.stats));
  const phases: Partial<Record<Phase, number | null>> = {};
  const phaseBasis: Partial<Record<Phase, EvidenceBasis>> = {};
  for (const phase of PHASES) {
    const parts = shown.flatMap((f) => {
      const part = f.phases[phase];
      return part && part.respondents >= f.k && part.stats.count > 0 ? [part.stats] : [];
    });
    const phasePool = pool(parts);
    phases[phase] = phasePool.score;
    phaseBasis[phase] = phasePool.basis;
  }
  const middle = shiftPeriod(window.from, Math.floor(window.weeks / 2));
  return {
    element,
    score: pooled.score,
    phases,
    trend: halvesTrend(
      shown.filter((f) => f.week < middle).map((f) => f.stats),
      shown.filter((f) => f.week >= middle).map((f) => f.stats),
    ),
    gap,
    basis: pooled.basis,
    phaseBasis,
  };
}

/**
 * The team's indicative level as of a week: every element pooled over the
 * window and assessed, and the team at its weakest element's level.
 */
export function assessTeamMaturity(
  figures: readonly ElementRoundFigure[],
  options: PoolOptions & {
    /** Leader minus team per element, where a fair comparison exists. */
    readonly gapOf?: (element: ElementKey) => number | null;
  },
): TeamMaturity {
  const window = maturityWindow(options);
  const elements = ELEMENT_KEYS.map((element) =>
    assessElementMaturity(poolElementEvidence(figures, element, window, options.gapOf?.(element) ?? null)),
  );
  return { ...assessOverallMaturity(elements), window, elements };
}

function pool(parts: readonly AgreeStats[]): { score: number | null; basis: EvidenceBasis } {
  const merged = mergeAgreeStats(parts);
  return {
    score: summarizeAgree(merged)?.score ?? null,
    basis: { rounds: parts.length, answers: merged.count },
  };
}

function halvesTrend(older: readonly AgreeStats[], newer: readonly AgreeStats[]): TrendDirection {
  const before = summarizeAgree(mergeAgreeStats(older));
  const after = summarizeAgree(mergeAgreeStats(newer));
  if (!before || !after) return 'unknown';
  const change = compareToPrevious(after, before);
  if (change.direction === 'up') return 'improving';
  if (change.direction === 'down') return 'falling';
  return 'stable';
}
