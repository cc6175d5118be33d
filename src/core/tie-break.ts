/**
 * A stable 32-bit hash (FNV-1a) of a seed and an id. The core uses it wherever
 * it needs a tie-break that is deterministic for the same inputs, yet does not
 * always favour the same ids (change the seed, e.g. per round, to rotate).
 *
 * @example tieBreak('team-7/round-12', 'stmt-3') // → 2_719_182_911 (always)
 */
export function tieBreak(seed: string, id: string): number {
  const text = `${seed}\u0000${id}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Compares two number tuples lexicographically, ascending. */
export function compareTuples(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Orders strings by code unit, independent of the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
