import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf, sqlitePath } from './provider.ts';

/**
 * A plain, read-only connection for reports that read hundreds of thousands
 * of aggregate rows at once (the organisation view over a year). Going
 * around the ORM here is deliberate: mapping that many rows through it costs
 * seconds, a plain driver milliseconds. Queries are written with $1, $2 …
 * placeholders and run on both providers.
 */
export interface ReportingReader {
  /** Rows as arrays of column values, in the order of the SELECT: no object per row. */
  rows(sql: string, params?: readonly unknown[]): Promise<unknown[][]>;
  close(): Promise<void>;
}

export function openReportingReader(url: string): ReportingReader {
  if (providerOf(url) === 'postgresql') {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => undefined);
    return {
      rows: async (sql, params = []) =>
        (await pool.query({ text: sql, values: [...params], rowMode: 'array' })).rows as unknown[][],
      close: () => pool.end(),
    };
  }
  const db = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
  return {
    rows: async (sql, params = []) =>
      db
        .prepare(sql.replace(/\$\d+/g, '?'))
        .raw(true)
        .all(...params) as unknown[][],
    close: async () => {
      db.close();
    },
  };
}
