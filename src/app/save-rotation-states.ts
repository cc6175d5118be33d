import { randomUUID } from 'node:crypto';
import { join, sqltag as sql } from '@prisma/client/runtime/client';
import type { Db } from '../store/database.ts';

/** What a round's plan says about one person's rotation: the statements asked in their cycle so far. */
export interface RotationStateRow {
  readonly personId: string;
  readonly askedInCycle: readonly string[];
  /** Their cycle ran out of statements this round and started again. */
  readonly cycleRestarted: boolean;
}

/**
 * Rows per statement: five values each, well under what SQLite (32,766) and
 * PostgreSQL (65,535) take in one statement.
 */
const ROWS_PER_STATEMENT = 1_000;

/**
 * The statements that save a round's rotation states: a few set-based
 * upserts whatever the team's size, so that the round's transaction stays
 * short (one statement per person kept a transaction of several hundred
 * people open for seconds on a busy server). A person's state is kept as a
 * set (sorted), not in the order asked, so no copy of it says which
 * statements they were asked in which round.
 */
export function saveRotationStates(db: Db, teamId: string, rows: readonly RotationStateRow[]) {
  const values = (row: RotationStateRow) =>
    sql`(${randomUUID()}, ${row.personId}, ${teamId}, 0, ${asSortedSet(row.askedInCycle)})`;
  // The cycle counter moves on only for those whose cycle restarted: one statement per kind.
  return [true, false].flatMap((restarted) =>
    chunks(
      rows.filter((row) => row.cycleRestarted === restarted),
      ROWS_PER_STATEMENT,
    ).map(
      (chunk) => db.$executeRaw`
        INSERT INTO "RotationState" ("id", "personId", "teamId", "cycle", "askedIds")
        VALUES ${join(chunk.map(values))}
        ON CONFLICT ("personId", "teamId") DO UPDATE
        SET "askedIds" = excluded."askedIds", "cycle" = "RotationState"."cycle" + ${restarted ? 1 : 0}`,
    ),
  );
}

function asSortedSet(ids: readonly string[]): string {
  return JSON.stringify([...new Set(ids)].sort());
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}
