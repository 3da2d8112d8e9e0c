import type Database from 'better-sqlite3';

/**
 * `work` as one transaction of its own when none is open, and as plain statements inside the
 * caller's when one is (an ingest batch, a migration). better-sqlite3 nests a transaction as a
 * SAVEPOINT, and under a savepoint SQLite copies every page a statement first touches into a
 * sub-journal (a temporary file past 64 KB): filing an article's ~45 bucket rows, each on its own
 * page, cost twice as much CPU that way. The enclosing transaction already makes the work atomic:
 * an error rolls the whole batch back. Alone, it takes the write lock first (BEGIN IMMEDIATE), so
 * a read before a write (is this id stored?) sees what another process committed last.
 */
export function atomically<A extends unknown[], R>(
  db: Database.Database,
  work: (...args: A) => R,
): (...args: A) => R {
  const alone = db.transaction(work);
  return (...args) => (db.inTransaction ? work(...args) : alone.immediate(...args));
}
