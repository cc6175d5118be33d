import type pgModule from 'pg';
import type { Pool, PoolClient, PoolConfig } from 'pg';

type Pg = typeof pgModule;

/**
 * A pg pool whose one-off statements keep their connection when the server
 * refuses them. pg's own `pool.query` closes the connection after any failed
 * statement, even a refused insert of a row that exists (which the job queue
 * and the delivery log expect and handle): every such refusal then cost a new
 * server process, and each new connection prepares its statements again.
 * Answers queued behind that for a few hundred milliseconds, every time the
 * scheduler ticked.
 *
 * After the server refused a statement the connection is ready for the next
 * one, so it goes back to the pool. A connection that broke, or that the
 * server may have ended, is still closed.
 */
export function keepingPool(pg: Pg, config: PoolConfig): Pool {
  const pool = new pg.Pool(config);
  const original = pool.query.bind(pool);
  const query = async (text: unknown, values?: unknown): Promise<unknown> => {
    const client = await pool.connect();
    return runOn(pg, client, text, values);
  };
  // Callers passing a callback or a stream keep pg's own handling; the driver adapter passes neither.
  pool.query = ((text: unknown, values?: unknown, callback?: unknown) =>
    callback !== undefined || typeof values === 'function' || isSubmittable(text)
      ? (original as (...args: unknown[]) => unknown)(text, values, callback)
      : query(text, values)) as Pool['query'];
  return pool;
}

async function runOn(pg: Pg, client: PoolClient, text: unknown, values: unknown): Promise<unknown> {
  let broken: Error | undefined;
  // A checked-out client that loses its server emits 'error'; unheard, that ends the process.
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    return await (client.query as (text: unknown, values?: unknown) => Promise<unknown>)(text, values);
  } catch (error) {
    broken ??= refusedOnly(pg, error) ? undefined : (error as Error);
    throw error;
  } finally {
    client.removeListener('error', onError);
    // With an error the pool closes the connection instead of keeping it.
    client.release(broken ?? false);
  }
}

/**
 * An error the server reported for one statement, on a connection that stays
 * usable: by SQLSTATE class (the severity is in the server's language, so it
 * cannot be read): 21 cardinality, 22 data, 23 integrity constraint, 40
 * rollback (a deadlock or serialisation failure), 42 syntax or access rule,
 * 44 check option. Others (57 operator intervention, 08 connection, 53
 * resources, …) close it.
 */
function refusedOnly(pg: Pg, error: unknown): boolean {
  return error instanceof pg.DatabaseError && STATEMENT_CLASSES.has(error.code?.slice(0, 2) ?? '');
}

const STATEMENT_CLASSES = new Set(['21', '22', '23', '40', '42', '44']);

function isSubmittable(text: unknown): boolean {
  return typeof (text as { submit?: unknown } | null)?.submit === 'function';
}
