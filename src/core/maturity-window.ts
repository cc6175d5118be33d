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
import { shiftPeriod } from './periods.ts';
import { visibleIn, type GatedSnapshot } from './rolling-score.ts';
import { summarizeAgree } from './scores.ts';
import { mergeAgreeStats, Z_95_OF_NINE, type AgreeStats } from './stats.ts';
import { compareToPrevious, type TrendDirection } from './trends.ts';
import { DEFAULT_WINDOW_WEEKS, weekWindow, type WeekWindow, type WindowOptions } from './week-window.ts';

/** Weeks of rounds the indicative level pools, unless the caller chooses another window. */
export const MATURITY_WINDOW_WEEKS = DEFAULT_WINDOW_WEEKS;

/** What one closed round published about one element. */
export interface ElementRoundFigure extends GatedSnapshot {
  readonly element: ElementKey;
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

/** The weeks the level pools: the same window as every rolling score. */
export type MaturityWindow = WeekWindow;

/** The team's indicative level with, per element, its stars and the phase scores behind them. */
export interface TeamMaturity extends MaturityAssessment {
  readonly window: MaturityWindow;
  readonly elements: readonly ElementMaturity[];
}

export type PoolOptions = WindowOptions;

/** The weeks a window covers, ending with `asOf`. */
export const maturityWindow = weekWindow;

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
  const shown = visibleIn(
    figures.filter((f) => f.element === element),
    window,
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

/** Newer half against older, beyond the band that holds for the nine elements read together. */
function halvesTrend(older: readonly AgreeStats[], newer: readonly AgreeStats[]): TrendDirection {
  const before = summarizeAgree(mergeAgreeStats(older));
  const after = summarizeAgree(mergeAgreeStats(newer));
  if (!before || !after) return 'unknown';
  const change = compareToPrevious(after, before, Z_95_OF_NINE);
  if (change.direction === 'up') return 'improving';
  if (change.direction === 'down') return 'falling';
  return 'stable';
}
