import { ELEMENT_KEYS, MATURITY_LEVELS, PHASES } from '../model/keys.ts';
import type { ElementKey, MaturityLevel, Phase } from '../model/keys.ts';
import type { TrendDirection } from './trends.ts';

type Star = Exclude<MaturityLevel, 'not-yet'>;

export interface MaturityThreshold {
  /** Element score (0–100) at least. */
  readonly minScore: number;
  /** Score of each phase — design, implementation, evaluation — at least. */
  readonly minPhaseScore: number;
  /** The trend must be known (improving or stable); it may never be falling. */
  readonly requireKnownTrend: boolean;
  /** |leader − team| at most this many points, and known; null: not required. */
  readonly maxGap: number | null;
}

/**
 * The indicative rule, after INK's three recognition levels (design,
 * implementation and evaluation phases; results that improve):
 * `*` worked on deliberately — every phase ≥ 50, score ≥ 55 (above the middle
 * of the scale), trend not falling (may still be unknown);
 * `**` out of conviction, from each perspective — every phase ≥ 65, score ≥ 70,
 * trend known and not falling, leaders and team within 15 points;
 * `***` excellent — every phase ≥ 80, score ≥ 85, trend known and not falling
 * (improving, or stable at that height), leaders and team within 10 points.
 */
export const MATURITY_THRESHOLDS: Readonly<Record<Star, MaturityThreshold>> = {
  '*': { minScore: 55, minPhaseScore: 50, requireKnownTrend: false, maxGap: null },
  '**': { minScore: 70, minPhaseScore: 65, requireKnownTrend: true, maxGap: 15 },
  '***': { minScore: 85, minPhaseScore: 80, requireKnownTrend: true, maxGap: 10 },
};

/** Message key for the caveat that must accompany every level shown. */
export const MATURITY_CAVEAT_KEY = 'maturity.caveat.indicative';

/** How much lies behind a pooled figure. */
export interface EvidenceBasis {
  /** Rounds whose figure was shown (at or above their k) and went into it. */
  readonly rounds: number;
  /** Scored answers in those rounds. */
  readonly answers: number;
}

export interface ElementEvidence {
  readonly element: ElementKey;
  /** The element's score; null when unknown or suppressed. */
  readonly score: number | null;
  /** Score per phase; missing or null when unknown or suppressed. */
  readonly phases: Readonly<Partial<Record<Phase, number | null>>>;
  readonly trend: TrendDirection;
  /** Leader minus team in points; absent or null when unknown. */
  readonly gap?: number | null;
  /** What the score rests on, when it was pooled. */
  readonly basis?: EvidenceBasis;
  /** What each phase's score rests on, when it was pooled. */
  readonly phaseBasis?: Readonly<Partial<Record<Phase, EvidenceBasis>>>;
}

/**
 * One INK phase of one element (design = opzet, implementation =
 * implementatie, evaluation = evaluatie en bijstelling), as the level read it.
 */
export interface PhaseStanding {
  readonly phase: Phase;
  /** Its score; null when it was not asked, or not shown, in the evidence. */
  readonly score: number | null;
  /** The highest level whose phase threshold the score meets ('not-yet' below `*`); null when unknown. */
  readonly meets: MaturityLevel | null;
  readonly basis?: EvidenceBasis;
}

export const MATURITY_REASON_CODES = [
  'score_unknown',
  'score_low',
  'phase_unknown',
  'phase_low',
  'trend_falling',
  'trend_unknown',
  'gap_unknown',
  'gap_large',
  'element_missing',
  'element_below',
] as const;
export type MaturityReasonCode = (typeof MATURITY_REASON_CODES)[number];

export interface MaturityReason {
  readonly code: MaturityReasonCode;
  readonly phase?: Phase;
  readonly element?: ElementKey;
  /** The measured value, where there is one. */
  readonly value?: number;
  readonly threshold?: number;
  /** For 'element_below': the element's level. */
  readonly level?: MaturityLevel;
}

export interface MaturityAssessment {
  readonly level: MaturityLevel;
  /** The level above, or null at `***`. */
  readonly nextLevel: Star | null;
  /** What keeps it from the next level (empty at `***`). */
  readonly toNextLevel: readonly MaturityReason[];
  /** Always true: an indicative self-assessment, never an INK recognition. */
  readonly indicative: true;
  readonly caveatKey: typeof MATURITY_CAVEAT_KEY;
}

export interface ElementMaturity extends MaturityAssessment {
  readonly element: ElementKey;
  /** The three phases in INK's order, each with the level its score supports. */
  readonly phases: readonly PhaseStanding[];
  readonly basis?: EvidenceBasis;
}

const STARS: readonly Star[] = ['*', '**', '***'];

/** The indicative level of one element, with what it takes to reach the next. */
export function assessElementMaturity(evidence: ElementEvidence): ElementMaturity {
  const about = {
    element: evidence.element,
    phases: PHASES.map((phase) => phaseStanding(evidence, phase)),
    ...(evidence.basis ? { basis: evidence.basis } : {}),
  };
  let level: MaturityLevel = 'not-yet';
  for (const star of STARS) {
    const unmet = unmetFor(evidence, MATURITY_THRESHOLDS[star]);
    if (unmet.length > 0) return { ...about, ...assessment(level, star, unmet) };
    level = star;
  }
  return { ...about, ...assessment(level, null, []) };
}

function phaseStanding(evidence: ElementEvidence, phase: Phase): PhaseStanding {
  const score = evidence.phases[phase] ?? null;
  const basis = evidence.phaseBasis?.[phase];
  const met = score === null ? [] : STARS.filter((star) => score >= MATURITY_THRESHOLDS[star].minPhaseScore);
  return {
    phase,
    score,
    meets: score === null ? null : (met.at(-1) ?? 'not-yet'),
    ...(basis ? { basis } : {}),
  };
}

/**
 * The overall level: the lowest level among all nine elements (the model is
 * only as mature as its weakest element); not-yet while any element is missing.
 */
export function assessOverallMaturity(elements: readonly ElementMaturity[]): MaturityAssessment {
  const byElement = new Map(elements.map((e) => [e.element, e]));
  const missing = ELEMENT_KEYS.filter((key) => !byElement.has(key));
  if (missing.length > 0) {
    return assessment('not-yet', '*', [
      ...missing.map((element): MaturityReason => ({ code: 'element_missing', element })),
      ...belowLevel(elements, '*'),
    ]);
  }
  const rank = (level: MaturityLevel) => MATURITY_LEVELS.indexOf(level);
  const lowest = elements.reduce<MaturityLevel>(
    (low, e) => (rank(e.level) < rank(low) ? e.level : low),
    '***',
  );
  const next = STARS[rank(lowest)] ?? null;
  return assessment(lowest, next, next ? belowLevel(elements, next) : []);
}

function unmetFor(evidence: ElementEvidence, rule: MaturityThreshold): MaturityReason[] {
  const unmet: MaturityReason[] = [];
  if (evidence.score === null) unmet.push({ code: 'score_unknown' });
  else if (evidence.score < rule.minScore) {
    unmet.push({ code: 'score_low', value: evidence.score, threshold: rule.minScore });
  }
  for (const phase of PHASES) {
    const value = evidence.phases[phase];
    if (value === undefined || value === null) unmet.push({ code: 'phase_unknown', phase });
    else if (value < rule.minPhaseScore)
      unmet.push({ code: 'phase_low', phase, value, threshold: rule.minPhaseScore });
  }
  if (evidence.trend === 'falling') unmet.push({ code: 'trend_falling' });
  else if (evidence.trend === 'unknown' && rule.requireKnownTrend) unmet.push({ code: 'trend_unknown' });
  if (rule.maxGap !== null) {
    const gap = evidence.gap;
    if (gap === undefined || gap === null) unmet.push({ code: 'gap_unknown' });
    else if (Math.abs(gap) > rule.maxGap) {
      unmet.push({ code: 'gap_large', value: Math.abs(gap), threshold: rule.maxGap });
    }
  }
  return unmet;
}

function belowLevel(elements: readonly ElementMaturity[], target: Star): MaturityReason[] {
  const rank = MATURITY_LEVELS.indexOf(target);
  return elements
    .filter((e) => MATURITY_LEVELS.indexOf(e.level) < rank)
    .map((e): MaturityReason => ({ code: 'element_below', element: e.element, level: e.level }));
}

function assessment(
  level: MaturityLevel,
  nextLevel: Star | null,
  toNextLevel: MaturityReason[],
): MaturityAssessment {
  return { level, nextLevel, toNextLevel, indicative: true, caveatKey: MATURITY_CAVEAT_KEY };
}
