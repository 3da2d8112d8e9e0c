import pg from 'pg';
import type { Archive } from './archive.js';
import { createPostgresArticleStore } from './postgres-article-store.js';
import { createPostgresDedupIndex } from './postgres-dedup-index.js';
import { migratePostgresArchive } from './postgres-schema.js';
import { createPostgresSql } from './postgres-sql.js';
import { createPostgresStoryIndex } from './postgres-story-index.js';
import { archiveSchemaOf, postgresTarget } from './postgres-target.js';
import { createPostgresValueStore } from './postgres-value-store.js';

const POOL_SIZE = 4;

/**
 * The shared archive: tables in their own schema on PostgreSQL (the `pg` driver's pool),
 * migrated forward at start-up. Several processes may use it at once: archive transactions take
 * one advisory lock (postgres-sql.ts) and exact keys are claimed with ON CONFLICT DO NOTHING.
 */
export async function openPostgresArchive(url: string): Promise<Archive> {
  const target = postgresTarget(url);
  const schema = archiveSchemaOf(target);
  // Connections are kept open, idle or not, and opened at start: a command after a quiet spell
  // would otherwise pay a new connection (10-20 ms each on a loaded host) on top of its queries.
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    options: `-c search_path=${schema}`,
    max: POOL_SIZE,
    min: POOL_SIZE,
  });
  // An idle connection the server dropped is removed by the pool; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await migratePostgresArchive(pool, schema);
    const opened = await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.connect()));
    for (const client of opened) client.release();
  } catch (error) {
    await pool.end();
    throw error;
  }
  const sql = createPostgresSql(pool, `newsbot-archive:${schema}`);
  return {
    kind: 'postgres',
    articles: createPostgresArticleStore(sql),
    dedupIndex: (settings) => createPostgresDedupIndex(sql, settings),
    values: createPostgresValueStore(sql),
    storyIndex: createPostgresStoryIndex(sql),
    transaction: sql.transaction,
    knownItems: async (feed, items) => {
      const rows = await sql.query<{ item_key: string; content_hash: string | null }>(
        'SELECT item_key, content_hash FROM articles WHERE feed = $1 AND item_key = ANY($2::text[])',
        [feed, items.map((item) => item.itemKey)],
      );
      const wanted = new Map(items.map((item) => [item.itemKey, item.contentHash]));
      return new Set(
        rows
          .filter((row) => row.content_hash !== null && wanted.get(row.item_key) === row.content_hash)
          .map((row) => row.item_key),
      );
    },
    refreshStatistics: async () => {
      // The archive's own tables: a bare ANALYZE would analyse every table of the database.
      const tables = await sql.query<{ name: string }>(
        'SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema()',
      );
      if (tables.length > 0) await sql.query(`ANALYZE ${tables.map((table) => table.name).join(', ')}`);
    },
    hasArticles: async () => (await sql.query('SELECT 1 FROM articles LIMIT 1')).length > 0,
    readNote: async (key) =>
      (await sql.query<{ value: string }>('SELECT value FROM archive_meta WHERE key = $1', [key]))[0]?.value,
    writeNote: async (key, value) => {
      await sql.query(
        'INSERT INTO archive_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
    close: () => pool.end(),
  };
}
