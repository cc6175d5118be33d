import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { z } from 'zod';
import { PulseError } from '../errors.ts';
import { AUDIENCES, LOCALES, SCALES } from './keys.ts';
import { contentError, issuesFromZod, type ContentIssue } from './content-issues.ts';
import type { ContentBank, Nudge, NudgeText } from './content-types.ts';
import { boundedText, ID_PATTERN, NUDGE_LIMITS, nudgeSchema, statementSchema } from './schema.ts';
import { STATEMENT_MAX_LENGTH, type Statement } from './statement.ts';
import { nudgeIssues, statementIssues, validateContentBank } from './validate-content-bank.ts';

const idRef = z.string().regex(ID_PATTERN, 'is not a valid id');

/**
 * What an organisation may put in its own content file. A statement or nudge
 * whose id exists replaces the built-in one; a new id adds one. Translations
 * change a single wording without restating the whole statement or nudge.
 */
const customContentSchema = z.strictObject({
  statements: z.array(statementSchema.extend({ scale: z.enum(SCALES).default('agree5') })).default([]),
  nudges: z.array(nudgeSchema).default([]),
  translations: z
    .strictObject({
      statements: z
        .array(
          z.strictObject({
            id: idRef,
            audience: z.enum(AUDIENCES),
            locale: z.enum(LOCALES),
            text: boundedText(STATEMENT_MAX_LENGTH),
          }),
        )
        .default([]),
      nudges: z
        .array(
          z
            .strictObject({
              id: idRef,
              locale: z.enum(LOCALES),
              title: boundedText(NUDGE_LIMITS.title).exactOptional(),
              action: boundedText(NUDGE_LIMITS.action).exactOptional(),
              why: boundedText(NUDGE_LIMITS.why).exactOptional(),
            })
            .refine((t) => t.title ?? t.action ?? t.why, 'needs at least one of title, action, why'),
        )
        .default([]),
    })
    .default({ statements: [], nudges: [] }),
});

export type CustomContent = z.output<typeof customContentSchema>;

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * The YAML parser, loaded the first time a custom file is read: most bots have
 * none, and it would otherwise stay in memory for good (about 12 MB resident).
 * Required rather than imported so that loading the content stays synchronous.
 */
function yaml(): typeof Yaml {
  return createRequire(import.meta.url)('yaml') as typeof Yaml;
}

function parseFile(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new PulseError('content_invalid', `Cannot read content file ${file}: ${messageOf(cause)}`, {
      cause,
    });
  }
  const isJson = file.toLowerCase().endsWith('.json');
  try {
    return isJson ? JSON.parse(raw) : yaml().parse(raw);
  } catch (cause) {
    const format = isJson ? 'JSON' : 'YAML';
    throw new PulseError(
      'content_invalid',
      `Content file ${file} is not valid ${format}: ${messageOf(cause)}`,
      {
        cause,
      },
    );
  }
}

function duplicateIds(items: readonly { id: string }[], collection: string): ContentIssue[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [
      { path: `${collection}[${index}].id`, reason: `id "${item.id}" appears more than once in this file` },
    ];
  });
}

/** Reads and checks a YAML or JSON content file; every error names the file and the field path. */
export function readCustomContent(file: string): CustomContent {
  const origin = `Content file ${file}`;
  const parsed = customContentSchema.safeParse(parseFile(file) ?? {}, { reportInput: true });
  if (!parsed.success) throw contentError(origin, issuesFromZod(parsed.error));
  const custom = parsed.data;
  const issues = [
    ...custom.statements.flatMap((statement, index) => statementIssues(statement, `statements[${index}]`)),
    ...custom.nudges.flatMap((nudge, index) => nudgeIssues(nudge, `nudges[${index}]`)),
    ...duplicateIds(custom.statements, 'statements'),
    ...duplicateIds(custom.nudges, 'nudges'),
  ];
  if (issues.length > 0) throw contentError(origin, issues);
  return custom;
}

function upsert<T extends { id: string }>(base: readonly T[], additions: readonly T[]): T[] {
  const merged = [...base];
  for (const item of additions) {
    const index = merged.findIndex((existing) => existing.id === item.id);
    if (index === -1) merged.push(item);
    else merged[index] = item;
  }
  return merged;
}

/**
 * Applies custom content on top of `bank` and validates the result, so a file
 * cannot leave a checklist item, trait or value without a statement.
 */
export function mergeCustomContent(bank: ContentBank, custom: CustomContent, file: string): ContentBank {
  const statements: Statement[] = upsert(bank.statements, custom.statements);
  const nudges: Nudge[] = upsert(bank.nudges, custom.nudges);
  const issues: ContentIssue[] = [];

  custom.translations.statements.forEach((translation, index) => {
    const path = `translations.statements[${index}]`;
    const at = statements.findIndex((statement) => statement.id === translation.id);
    const statement = statements[at];
    const wording = statement?.text[translation.audience];
    if (statement === undefined) {
      issues.push({ path: `${path}.id`, reason: `no statement with id "${translation.id}"` });
    } else if (wording === undefined) {
      issues.push({
        path: `${path}.audience`,
        reason: `statement "${translation.id}" is not asked to ${translation.audience}s; add that wording under statements`,
      });
    } else {
      const text = {
        ...statement.text,
        [translation.audience]: { ...wording, [translation.locale]: translation.text },
      };
      statements[at] = { ...statement, text };
    }
  });

  custom.translations.nudges.forEach((translation, index) => {
    const at = nudges.findIndex((nudge) => nudge.id === translation.id);
    const nudge = nudges[at];
    if (nudge === undefined) {
      issues.push({
        path: `translations.nudges[${index}].id`,
        reason: `no nudge with id "${translation.id}"`,
      });
      return;
    }
    const { locale, title, action, why } = translation;
    const current = nudge.text[locale];
    const localized: NudgeText = {
      title: title ?? current.title,
      action: action ?? current.action,
      why: why ?? current.why,
    };
    nudges[at] = { ...nudge, text: { ...nudge.text, [locale]: localized } };
  });

  const origin = `Content file ${file}`;
  if (issues.length > 0) throw contentError(origin, issues);
  return validateContentBank({ ...bank, statements, nudges }, origin);
}
