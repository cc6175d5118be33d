import { z } from 'zod';
import { t } from '../messages/i18n/translate.ts';
import { LOCALES, type Locale } from '../model/keys.ts';
import type { LocalizedText } from '../model/localized-text.ts';

export type Env = Record<string, string | undefined>;

/**
 * What a variable expects, in every language: the words a person reads when
 * its value is wrong. Each schema registers its variables here, next to the
 * rule the words describe (`.register(expects, { en, nl })`).
 */
export const expects = z.registry<LocalizedText>();

/**
 * A group of environment variables with one zod schema: the core's, or one
 * platform module's. Each group is parsed once at boot; a wrong value is
 * named with what it got and what it expects, and secrets are never echoed.
 */
export interface ConfigSection<Out, Context = unknown> {
  /** Every variable of the group, in the order the README lists them. */
  readonly keys: readonly string[];
  /** The group's variables from `env` (unset ones ignored): the value, or one line per problem. */
  read(env: Env, context: Context): SectionResult<Out>;
}

/** One line per problem, in every language; each line starts with the variable's name. */
export type SectionResult<Out> =
  | { readonly ok: true; readonly value: Out }
  | { readonly ok: false; readonly problems: readonly LocalizedText[] };

export interface SectionOptions<Values, Out, Context> {
  /** Values never echoed back in an error message or a log line. */
  readonly secrets?: readonly string[];
  /** Variables that are URLs: shown with their password masked. */
  readonly urls?: readonly string[];
  /** What the schema cannot see on its own: a half-finished set, a value that depends on another. */
  readonly check?: (values: Values, context: Context) => readonly LocalizedText[];
  readonly build: (values: Values, context: Context) => Out;
}

export function configSection<Schema extends z.ZodObject, Out, Context = unknown>(
  schema: Schema,
  options: SectionOptions<z.infer<Schema>, Out, Context>,
): ConfigSection<Out, Context> {
  const keys = Object.keys(schema.shape);
  const secrets = new Set(options.secrets ?? []);
  const urls = new Set(options.urls ?? []);
  const shown = (key: string, value: string | undefined): Got => {
    if (value === undefined) return 'nothing';
    if (secrets.has(key)) return 'hidden';
    return { value: JSON.stringify(urls.has(key) ? maskPassword(value) : value) };
  };
  const expectation = (key: string): LocalizedText | undefined => {
    const variable = (schema.shape as Record<string, z.ZodType>)[key];
    return variable ? expects.get(variable) : undefined;
  };
  return {
    keys,
    read(env, context) {
      // An empty variable means "not set", as in most shells' `VAR= cmd`.
      const given = Object.fromEntries(
        keys.map((key) => [key, env[key]]).filter(([, value]) => value !== undefined && value !== ''),
      ) as Env;
      const parsed = schema.safeParse(given);
      if (!parsed.success) {
        return {
          ok: false,
          problems: parsed.error.issues.map((issue) => {
            const key = String(issue.path[0] ?? '');
            return configProblem(key, shown(key, given[key]), expectation(key));
          }),
        };
      }
      const problems = options.check?.(parsed.data, context) ?? [];
      return problems.length > 0
        ? { ok: false, problems }
        : { ok: true, value: options.build(parsed.data, context) };
    },
  };
}

/** What a variable was given, as a problem line shows it: nothing, a hidden secret, or the value quoted. */
export type Got = 'nothing' | 'hidden' | { readonly value: string };

/** The same line in every language. */
function inEveryLocale(line: (locale: Locale) => string): LocalizedText {
  return Object.fromEntries(LOCALES.map((locale) => [locale, line(locale)])) as Record<Locale, string>;
}

/**
 * "NAME: got …, expected …" in every language. The variable's name is never
 * translated: it is what the person has to find and change.
 */
export function configProblem(
  variable: string,
  got: Got,
  expected: LocalizedText | undefined,
): LocalizedText {
  return inEveryLocale((locale) =>
    t(locale, 'refusal.config.wrong-value', {
      variable,
      got:
        got === 'nothing'
          ? t(locale, 'refusal.config.got-nothing')
          : got === 'hidden'
            ? t(locale, 'refusal.config.got-hidden')
            : got.value,
      expected: expected?.[locale] ?? t(locale, 'refusal.config.valid-value'),
    }),
  );
}

/** A URL with its password replaced, for messages and logs. */
export function maskPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

/** "NAME: got nothing, expected a value (needed for WHAT)" for each of `keys` that has no value. */
export function missingFor<Values extends object>(
  what: LocalizedText,
  values: Values,
  keys: readonly (keyof Values & string)[],
): LocalizedText[] {
  const expected = inEveryLocale((locale) => t(locale, 'refusal.config.needed-for', { what: what[locale] }));
  return keys
    .filter((key) => values[key] === undefined)
    .map((key) => configProblem(key, 'nothing', expected));
}
