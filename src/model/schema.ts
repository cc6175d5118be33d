import { z } from 'zod';
import {
  AUDIENCES,
  ELEMENT_KEYS,
  FACET_KEYS,
  LOCALES,
  MATURITY_LEVELS,
  PHASES,
  SCALES,
  TARGET_KINDS,
  TRAIT_KEYS,
  VALUE_KEYS,
} from './keys.ts';
import { DIMENSION_KEYS, NUDGE_AUDIENCES, type ContentBank, type Nudge } from './content-types.ts';
import { STATEMENT_MAX_LENGTH, VALUE_VARIANTS, type Statement } from './statement.ts';

/** Lower-case words joined by '.' or '-', e.g. 'uc-1.4-needs' or 'nudge.trait.exemplary'. */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const NUDGE_LIMITS = { title: 80, action: 500, why: 300, minutes: 480 } as const;

/** A trimmed, non-empty text of at most `max` characters, with a reason that gives the actual length. */
export const boundedText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(max, { error: (issue) => `is ${String(issue.input).length} characters; the limit is ${max}` });

const localized = (max = 300) => z.record(z.enum(LOCALES), boundedText(max));

const id = z.string().regex(ID_PATTERN, "must be lower-case letters and digits joined by '.' or '-'");

export const targetSchema = z.strictObject({ kind: z.enum(TARGET_KINDS), key: z.string().min(1) });

export const statementSchema = z.strictObject({
  id,
  target: targetSchema,
  source: z.string().exactOptional(),
  phase: z.enum(PHASES).exactOptional(),
  scale: z.enum(SCALES),
  variant: z.enum(VALUE_VARIANTS).exactOptional(),
  text: z
    .partialRecord(z.enum(AUDIENCES), localized(STATEMENT_MAX_LENGTH))
    .refine((texts) => Object.keys(texts).length > 0, 'needs a wording for at least one audience'),
}) satisfies z.ZodType<Statement>;

export const nudgeSchema = z.strictObject({
  id,
  target: targetSchema,
  audience: z.enum(NUDGE_AUDIENCES),
  minutes: z.int().min(1).max(NUDGE_LIMITS.minutes),
  text: z.record(
    z.enum(LOCALES),
    z.strictObject({
      title: boundedText(NUDGE_LIMITS.title),
      action: boundedText(NUDGE_LIMITS.action),
      why: boundedText(NUDGE_LIMITS.why),
    }),
  ),
}) satisfies z.ZodType<Nudge>;

const described = { name: localized(80), description: localized(400) };

export const contentBankSchema = z.strictObject({
  dimensions: z.array(z.strictObject({ key: z.enum(DIMENSION_KEYS), name: localized(80) })),
  elements: z.array(
    z.strictObject({
      key: z.enum(ELEMENT_KEYS),
      number: z.int().min(1).max(ELEMENT_KEYS.length),
      figureNumber: z.int().min(1).max(ELEMENT_KEYS.length),
      dimension: z.enum(DIMENSION_KEYS),
      ...described,
    }),
  ),
  traits: z.array(
    z.strictObject({ key: z.enum(TRAIT_KEYS), number: z.int().min(1).max(TRAIT_KEYS.length), ...described }),
  ),
  facets: z.array(z.strictObject({ key: z.enum(FACET_KEYS), source: z.string(), name: localized(80) })),
  values: z.array(z.strictObject({ key: z.enum(VALUE_KEYS), facet: z.enum(FACET_KEYS), ...described })),
  levels: z.array(z.strictObject({ key: z.enum(MATURITY_LEVELS), ...described })),
  levelNotice: localized(),
  scaleLabels: z.strictObject({
    agree5: z
      .array(z.strictObject({ value: z.literal([1, 2, 3, 4, 5]), label: localized(60) }))
      .length(5)
      .refine((options) => options.every((option, index) => option.value === index + 1), 'must run 1 to 5'),
    dontKnow: localized(60),
    nps11: z.strictObject({ low: localized(60), high: localized(60) }),
  }),
  statements: z.array(statementSchema),
  nudges: z.array(nudgeSchema),
}) satisfies z.ZodType<ContentBank>;
