import type { IsolationLevel, SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

/**
 * One SQLite connection used by one statement or one transaction at a time.
 *
 * The better-sqlite3 driver adapter runs every statement on a single
 * connection, and only makes transactions wait for each other: a statement
 * sent outside a transaction while another one is open runs inside it. An
 * answer stored that way is rolled back with somebody else's work (a close
 * that failed, a sync that lost a race) after its click was acknowledged,
 * and it reads rows that may never be committed. Here a transaction holds
 * the connection from BEGIN until its commit or rollback, and statements
 * outside it wait their turn, first come first served; the writes queue
 * instead of contending.
 */
export function serialisedConnection(inner: SqlDriverAdapter): SqlDriverAdapter {
  const turn = fifoLock();
  const alone = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await turn();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => alone(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => alone(() => inner.executeRaw(query)),
    executeScript: (script: string) => alone(() => inner.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = await turn();
      try {
        return holdingTurn(await inner.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
    dispose: () => inner.dispose(),
  };
}

/** The transaction, which gives the connection back once it is committed or rolled back. */
function holdingTurn(tx: Transaction, release: () => void): Transaction {
  const ending = async (end: () => Promise<void>) => {
    try {
      await end();
    } finally {
      release();
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => tx.queryRaw(query),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => ending(() => tx.commit()),
    rollback: () => ending(() => tx.rollback()),
    ...(tx.createSavepoint ? { createSavepoint: (name: string) => tx.createSavepoint!(name) } : {}),
    ...(tx.rollbackToSavepoint
      ? { rollbackToSavepoint: (name: string) => tx.rollbackToSavepoint!(name) }
      : {}),
    ...(tx.releaseSavepoint ? { releaseSavepoint: (name: string) => tx.releaseSavepoint!(name) } : {}),
  };
}

/** A lock granted in the order it was asked for; `release` may be called more than once. */
function fifoLock(): () => Promise<() => void> {
  let last: Promise<void> = Promise.resolve();
  return async () => {
    let open!: () => void;
    const released = new Promise<void>((resolve) => (open = resolve));
    const before = last;
    last = before.then(() => released);
    await before;
    return open;
  };
}
