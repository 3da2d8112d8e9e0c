import type Database from 'better-sqlite3';

/**
 * One write transaction at a time on a connection that may await in between (the story store,
 * still on keyv, is asynchronous). BEGIN IMMEDIATE takes SQLite's write lock at once, so another
 * process's ingest waits (busy timeout) instead of failing at commit; calls in this process queue.
 */
export function createSqliteTransactions(db: Database.Database) {
  let queue: Promise<unknown> = Promise.resolve();
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  return {
    transaction: <T>(work: () => Promise<T>): Promise<T> => {
      const next = queue.then(() => run(work));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
