/**
 * Stable keys of the Service Excellence Model. They are stored in answers and
 * score snapshots, so a key is never renamed or renumbered.
 */
export const ELEMENT_KEYS = [
  'understanding-customers',
  'vision-strategy',
  'leadership',
  'culture',
  'experience-design',
  'employee-engagement',
  'processes-structure',
  'monitoring',
  'innovation',
] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];

export const TRAIT_KEYS = [
  'mission-people-first',
  'customer-person',
  'soul-in-the-game',
  'exemplary',
  'appreciative',
  'co-creating',
  'self-reflective',
  'friendly',
  'striving-for-excellence',
  'allergic-to-wrongs',
  'enabling',
] as const;
export type TraitKey = (typeof TRAIT_KEYS)[number];

export const FACET_KEYS = ['customers', 'internal-relations', 'learning-growth', 'leadership-style'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const VALUE_KEYS = [
  'customer-obsessed',
  'integrity-openness',
  'attentive',
  'surprising',
  'hyper-personal',
  'open',
  'caring',
  'appreciative',
  'listening',
  'co-creating',
  'out-of-the-box',
  'continuously-improving',
  'value-driven',
  'little-hierarchy',
  'small-is-better',
  'freedom-responsibility',
] as const;
export type ValueKey = (typeof VALUE_KEYS)[number];

export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

export const AUDIENCES = ['employee', 'leader'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const PHASES = ['design', 'implementation', 'evaluation'] as const;
export type Phase = (typeof PHASES)[number];

/** What a statement or nudge is about. `enps` has the single target `enps`. */
export const TARGET_KINDS = ['element', 'trait', 'value', 'enps'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface TargetRef {
  readonly kind: TargetKind;
  readonly key: string;
}

/** The two answer scales: 5-point agreement (plus "don't know") and 0–10 for eNPS. */
export const SCALES = ['agree5', 'nps11'] as const;
export type Scale = (typeof SCALES)[number];

export const MATURITY_LEVELS = ['not-yet', '*', '**', '***'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];
