import type { ElementKey, FacetKey, Locale, MaturityLevel, TargetRef, TraitKey, ValueKey } from './keys.ts';
import type { LocalizedText } from './localized-text.ts';
import type { Statement } from './statement.ts';

/** The five dimensions of the model figure that group the nine elements. */
export const DIMENSION_KEYS = ['design', 'strategy', 'culture', 'innovation', 'operations'] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

export interface DimensionInfo {
  readonly key: DimensionKey;
  readonly name: LocalizedText;
}

export interface ElementInfo {
  readonly key: ElementKey;
  /** Checklist and book order (1–9): the order users see. */
  readonly number: number;
  /** Number in the model figure, which orders the elements differently. */
  readonly figureNumber: number;
  readonly dimension: DimensionKey;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

export interface TraitInfo {
  readonly key: TraitKey;
  readonly number: number;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

export interface FacetInfo {
  readonly key: FacetKey;
  /** The checklist item that names this facet's four values. */
  readonly source: string;
  readonly name: LocalizedText;
}

export interface ValueInfo {
  readonly key: ValueKey;
  readonly facet: FacetKey;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

export interface LevelInfo {
  readonly key: MaturityLevel;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

export interface AgreementOption {
  readonly value: 1 | 2 | 3 | 4 | 5;
  readonly label: LocalizedText;
}

export interface ScaleLabels {
  /** Strongly disagree (1) … strongly agree (5). */
  readonly agree5: readonly AgreementOption[];
  /** The escape answer; it is never scored. */
  readonly dontKnow: LocalizedText;
  /** Anchors shown under 0 and 10 of the eNPS question. */
  readonly nps11: { readonly low: LocalizedText; readonly high: LocalizedText };
}

export const NUDGE_AUDIENCES = ['team', 'leader'] as const;
export type NudgeAudience = (typeof NUDGE_AUDIENCES)[number];

export interface NudgeText {
  readonly title: string;
  /** Who does what, and how long it takes. */
  readonly action: string;
  readonly why: string;
}

/** One small improvement action, posted to a team or sent to its leader. */
export interface Nudge {
  readonly id: string;
  readonly target: TargetRef;
  readonly audience: NudgeAudience;
  /** Rough time the action takes in total. */
  readonly minutes: number;
  readonly text: Readonly<Record<Locale, NudgeText>>;
}

export interface ContentBank {
  readonly dimensions: readonly DimensionInfo[];
  readonly elements: readonly ElementInfo[];
  readonly traits: readonly TraitInfo[];
  readonly facets: readonly FacetInfo[];
  readonly values: readonly ValueInfo[];
  readonly levels: readonly LevelInfo[];
  /** Shown wherever a level is: the level is an indication, never an INK recognition. */
  readonly levelNotice: LocalizedText;
  readonly scaleLabels: ScaleLabels;
  readonly statements: readonly Statement[];
  readonly nudges: readonly Nudge[];
}
