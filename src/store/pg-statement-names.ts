import type { SqlQuery } from '@prisma/driver-adapter-utils';

/**
 * Names for PostgreSQL prepared statements, so that each connection parses
 * and plans a SQL text once instead of on every query: an answer click runs
 * the same handful of statements every time, and on a busy server the
 * parsing and planning cost more than running them. pg keeps a named
 * statement per connection and prepares it on first use.
 *
 * A text is named the second time it is seen: statements that run once (at
 * start-up, or with a one-off IN list) take no room on the server. At most
 * `limit` texts are named, so a connection's prepared statements stay
 * bounded; texts beyond that run unnamed, as before.
 */
export function statementNames(limit = 200): (query: SqlQuery) => string {
  const seen = new Set<string>();
  const names = new Map<string, string>();
  return ({ sql }) => {
    const name = names.get(sql);
    if (name !== undefined) return name;
    if (!seen.has(sql)) {
      if (seen.size < SEEN_LIMIT) seen.add(sql);
      return UNNAMED;
    }
    if (names.size >= limit) return UNNAMED;
    const next = `pulse_${names.size + 1}`;
    names.set(sql, next);
    seen.delete(sql);
    return next;
  };
}

/** pg runs a query without a name as an unnamed statement, parsed for that query alone. */
const UNNAMED = '';

/** Texts remembered as seen once; past this, a new text is never named. */
const SEEN_LIMIT = 5_000;
