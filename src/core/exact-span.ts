/**
 * Exact row reduction of integer matrices, for deciding what a set of
 * published figures lets someone work out. Rows are kept integral (each
 * elimination step is a cross-multiplication, then the row is divided by the
 * gcd of its entries), so the result is exact over the rationals. Numbers
 * are used while every value stays a safe integer; if one would not, the
 * same reduction runs again on bigints.
 */

interface Arith<T> {
  readonly zero: T;
  from(n: number): T;
  mul(a: T, b: T): T;
  sub(a: T, b: T): T;
  div(a: T, b: T): T;
  abs(a: T): T;
  isZero(a: T): boolean;
}

class Overflow extends Error {}

const numbers: Arith<number> = {
  zero: 0,
  from: (n) => n,
  mul: (a, b) => checked(a * b),
  sub: (a, b) => checked(a - b),
  div: (a, b) => Math.trunc(a / b),
  abs: Math.abs,
  isZero: (a) => a === 0,
};

const bigints: Arith<bigint> = {
  zero: 0n,
  from: (n) => BigInt(n),
  mul: (a, b) => a * b,
  sub: (a, b) => a - b,
  div: (a, b) => a / b,
  abs: (a) => (a < 0n ? -a : a),
  isZero: (a) => a === 0n,
};

function checked(n: number): number {
  if (!Number.isSafeInteger(n)) throw new Overflow();
  return n;
}

/** A 0/1 (or small integer) matrix: one row per figure, one column per group of respondents. */
export type IntMatrix = readonly (readonly number[])[];

/**
 * The rows of a basis of the row space's part that is zero on every column
 * in `eliminate`: every combination of the rows that cancels those columns
 * is a combination of the returned rows (restricted to `keep`, in that order).
 */
export function spanWithout(
  matrix: IntMatrix,
  eliminate: readonly number[],
  keep: readonly number[],
): IntMatrix {
  const run = <T>(arith: Arith<T>): IntMatrix => {
    const rows = matrix.map((row) => row.map((v) => arith.from(v)));
    const { rest } = reduce(arith, rows, eliminate);
    const restricted = rest.map((row) => keep.map((column) => row[column] ?? arith.zero));
    const { pivots } = reduce(
      arith,
      restricted,
      keep.map((_, i) => i),
    );
    // The pivot rows are a basis; as numbers they are small again after the gcd division.
    return pivots.map((row) => row.map((v) => Number(v)));
  };
  return withFallback(run);
}

/** The rank of the matrix restricted to `columns`. */
export function rankOn(matrix: IntMatrix, columns: readonly number[]): number {
  const run = <T>(arith: Arith<T>): number => {
    const rows = matrix.map((row) => columns.map((column) => arith.from(row[column] ?? 0)));
    return reduce(
      arith,
      rows,
      columns.map((_, i) => i),
    ).pivots.length;
  };
  return withFallback(run);
}

/**
 * A basis of the kernel: the vectors x of length `width` with row · x = 0
 * for every row. Each column becomes a row tagged with its unit vector; row
 * operations keep each tag the combination of columns behind its row, so
 * the rows whose column part clears carry a basis of the kernel (they are
 * independent, as the tags started as the identity). Null when a value of
 * it is past the safe integers.
 */
export function kernelOf(matrix: IntMatrix, width: number): IntMatrix | null {
  const run = <T>(arith: Arith<T>): IntMatrix | null => {
    const height = matrix.length;
    const rows = Array.from({ length: width }, (_, j) => [
      ...matrix.map((row) => arith.from(row[j] ?? 0)),
      ...Array.from({ length: width }, (_, i) => arith.from(i === j ? 1 : 0)),
    ]);
    const { rest } = reduce(
      arith,
      rows,
      matrix.map((_, i) => i),
    );
    const kernel = rest.map((row) => row.slice(height).map((v) => Number(v)));
    return kernel.every((row) => row.every((v) => Number.isSafeInteger(v))) ? kernel : null;
  };
  return withFallback(run);
}

/**
 * The rows that take part in some combination that is zero on every column
 * in `eliminate` but not zero everywhere: the figures a derivation confined
 * to the other columns is made of.
 */
export function rowsCombinedWithout(matrix: IntMatrix, eliminate: readonly number[]): number[] {
  const run = <T>(arith: Arith<T>): number[] => {
    const width = matrix[0]?.length ?? 0;
    // Each row carries a tag column per input row, so the combination behind every reduced row stays known.
    const rows = matrix.map((row, r) => [
      ...row.map((v) => arith.from(v)),
      ...matrix.map((_, i) => arith.from(i === r ? 1 : 0)),
    ]);
    const { rest } = reduce(arith, rows, eliminate);
    const involved = new Set<number>();
    for (const row of rest) {
      if (!row.slice(0, width).some((v) => !arith.isZero(v))) continue;
      row.slice(width).forEach((v, i) => {
        if (!arith.isZero(v)) involved.add(i);
      });
    }
    return [...involved].sort((a, b) => a - b);
  };
  return withFallback(run);
}

/**
 * Indices of rows, in order, each outside the span of the ones kept before
 * it: a subset with the same row space.
 */
export function independentRows(matrix: IntMatrix): number[] {
  const run = <T>(arith: Arith<T>): number[] => {
    const basis: { pivot: number; row: T[] }[] = [];
    const kept: number[] = [];
    matrix.forEach((input, index) => {
      const row = input.map((v) => arith.from(v));
      for (const { pivot, row: b } of basis) {
        const a = row[pivot] as T;
        if (arith.isZero(a)) continue;
        const p = b[pivot] as T;
        for (let i = 0; i < row.length; i++)
          row[i] = arith.sub(arith.mul(p, row[i] as T), arith.mul(a, b[i] as T));
        normalise(arith, row);
      }
      const pivot = row.findIndex((v) => !arith.isZero(v));
      if (pivot < 0) return;
      basis.push({ pivot, row });
      kept.push(index);
    });
    return kept;
  };
  return withFallback(run);
}

function withFallback<R>(run: <T>(arith: Arith<T>) => R): R {
  try {
    return run(numbers);
  } catch (error) {
    if (!(error instanceof Overflow)) throw error;
    return run(bigints);
  }
}

/**
 * Gaussian elimination on the given columns, in order: each column takes a
 * pivot row (if any row still unused is non-zero there) and is cleared from
 * every other row. Returns the pivot rows and the rest, which are zero on
 * every listed column.
 */
function reduce<T>(
  arith: Arith<T>,
  input: T[][],
  columns: readonly number[],
): { pivots: T[][]; rest: T[][] } {
  const nonZero = (row: T[]) => row.some((v) => !arith.isZero(v));
  let rows = input.filter(nonZero);
  const pivots: T[][] = [];
  for (const column of columns) {
    const index = rows.findIndex((row) => !arith.isZero(row[column] ?? arith.zero));
    if (index < 0) continue;
    const pivot = rows[index] as T[];
    rows.splice(index, 1);
    const p = pivot[column] as T;
    const clear = (row: T[]): void => {
      const a = row[column] as T;
      if (arith.isZero(a)) return;
      for (let i = 0; i < row.length; i++)
        row[i] = arith.sub(arith.mul(p, row[i] as T), arith.mul(a, pivot[i] as T));
      normalise(arith, row);
    };
    for (const row of pivots) clear(row);
    for (const row of rows) clear(row);
    rows = rows.filter(nonZero);
    pivots.push(pivot);
  }
  return { pivots, rest: rows };
}

function normalise<T>(arith: Arith<T>, row: T[]): void {
  let g = arith.zero;
  for (const v of row) g = gcd(arith, g, arith.abs(v));
  if (arith.isZero(g)) return;
  for (let i = 0; i < row.length; i++) row[i] = arith.div(row[i] as T, g);
}

function gcd<T>(arith: Arith<T>, a: T, b: T): T {
  let x = a;
  let y = b;
  while (!arith.isZero(y)) {
    const q = arith.div(x, y);
    const remainder = arith.sub(x, arith.mul(q, y));
    x = y;
    y = remainder;
  }
  return arith.abs(x);
}
