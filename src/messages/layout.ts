/**
 * Layout helpers every renderer shares (Block Kit, Adaptive Cards): pure,
 * with no platform in them.
 */

/** Cuts a text to at most `max` characters (UTF-16 units, which never undercounts a platform's limit). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Splits into as few rows of at most `max` as possible, evenly sized (11 at most 6 → 6 + 5; at most 5 → 4 + 4 + 3). */
export function balancedRows<T>(items: readonly T[], max: number): T[][] {
  if (items.length === 0) return [];
  const rows = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / rows);
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
