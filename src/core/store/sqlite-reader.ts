import sqlite3 from 'sqlite3';

/** Raw rows by key, read on a connection of its own with one statement prepared once. */
export interface SqliteReader {
  readMany(keys: readonly string[]): Promise<Map<string, string>>;
  close(): Promise<void>;
}

/**
 * @keyv/sqlite prepares its `json_each` query again on every read, and a duplicate check or a
 * story assignment reads several times per article: with the statement prepared once, a 47-key
 * read drops from ~0.8 to ~0.3 ms at p99 (bench:dedup). WAL lets this connection read what the
 * writer has committed; writes still go through keyv, and reads wait for queued writes first.
 */
export async function openSqliteReader(file: string, table: string): Promise<SqliteReader> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(file, (error) =>
      error ? reject(error) : resolve(opened),
    );
  });
  db.configure('busyTimeout', 5000);
  const statement = await new Promise<sqlite3.Statement>((resolve, reject) => {
    const prepared: sqlite3.Statement = db.prepare(
      `SELECT key, value FROM ${table} WHERE key IN (SELECT value FROM json_each(?))`,
      (error) => (error ? reject(error) : resolve(prepared)),
    );
  });
  return {
    readMany: (keys) =>
      new Promise((resolve, reject) =>
        statement.all<{ key: string; value: string }>(JSON.stringify(keys), (error, rows) =>
          error ? reject(error) : resolve(new Map(rows.map((row) => [row.key, row.value]))),
        ),
      ),
    close: () =>
      new Promise((resolve, reject) =>
        statement.finalize(() => db.close((error) => (error ? reject(error) : resolve()))),
      ),
  };
}
