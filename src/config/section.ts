import type { z } from 'zod';

export type Env = Record<string, string | undefined>;

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

export type SectionResult<Out> =
  { readonly ok: true; readonly value: Out } | { readonly ok: false; readonly problems: readonly string[] };

export interface SectionOptions<Values, Out, Context> {
  /** Values never echoed back in an error message or a log line. */
  readonly secrets?: readonly string[];
  /** Variables that are URLs: shown with their password masked. */
  readonly urls?: readonly string[];
  /** What the schema cannot see on its own: a half-finished set, a value that depends on another. */
  readonly check?: (values: Values, context: Context) => readonly string[];
  readonly build: (values: Values, context: Context) => Out;
}

export function configSection<Schema extends z.ZodObject, Out, Context = unknown>(
  schema: Schema,
  options: SectionOptions<z.infer<Schema>, Out, Context>,
): ConfigSection<Out, Context> {
  const keys = Object.keys(schema.shape);
  const secrets = new Set(options.secrets ?? []);
  const urls = new Set(options.urls ?? []);
  const shown = (key: string, value: string | undefined): string => {
    if (value === undefined) return 'nothing';
    if (secrets.has(key)) return 'a value (hidden)';
    return JSON.stringify(urls.has(key) ? maskPassword(value) : value);
  };
  const expectation = (key: string): string =>
    (schema.shape as Record<string, z.ZodType>)[key]?.description ?? 'a valid value';
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
            return `${key}: got ${shown(key, given[key])}, expected ${expectation(key)}`;
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

/** A URL with its password replaced, for messages and logs. */
export function maskPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

/** "NAME: got nothing, expected a value (needed for WHAT)" for each of `keys` that has no value. */
export function missingFor<Values extends object>(
  what: string,
  values: Values,
  keys: readonly (keyof Values & string)[],
): string[] {
  return keys
    .filter((key) => values[key] === undefined)
    .map((key) => `${key}: got nothing, expected a value (needed for ${what})`);
}
