import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

/** Queries on the archive's pool, or on the open transaction's connection when inside one. */
export interface PostgresSql {
  query<Row>(text: string, values?: readonly unknown[]): Promise<Row[]>;
  /**
   * Runs `work` in one transaction holding the archive's lock (a transaction-scoped advisory
   * lock): other processes' archive transactions wait, so a duplicate check made inside sees
   * every copy committed before it. Nested calls join the open transaction.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

interface OpenTransaction {
  client: pg.PoolClient;
  /** The query issued last on it. */
  last: Promise<unknown>;
}

/**
 * Why one lock and not row locks: a near-duplicate check reads a range of buckets that the copy
 * it races with has not written yet; no row exists to lock, and SERIALIZABLE would abort one of
 * the two after work (analysis, the story store's writes) that cannot be replayed as one unit.
 */
export function createPostgresSql(pool: pg.Pool, lockName: string): PostgresSql {
  const open = new AsyncLocalStorage<OpenTransaction>();
  let queue: Promise<unknown> = Promise.resolve();
  const run = <T>(work: () => Promise<T>) =>
    inLockedTransaction(pool, lockName, (client) => open.run({ client, last: Promise.resolve() }, work));
  return {
    query: async <Row>(text: string, values?: readonly unknown[]) => {
      const transaction = open.getStore();
      if (!transaction) return (await pool.query(text, values as unknown[])).rows as Row[];
      // One connection runs one query at a time: queries issued together wait their turn here.
      const result = transaction.last.then(() => transaction.client.query(text, values as unknown[]));
      transaction.last = result.catch(() => undefined);
      return (await result).rows as Row[];
    },
    transaction: <T>(work: () => Promise<T>): Promise<T> => {
      if (open.getStore()) return work();
      // One transaction at a time per process, as on SQLite: waiting ones hold no connection.
      const next = queue.then(() => run(work));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** `work` on one connection inside BEGIN … COMMIT, after taking the named advisory lock. */
export async function inLockedTransaction<T>(
  pool: pg.Pool,
  lockName: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // The work's error is the one worth reporting; a failed rollback ends with the connection.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
