/**
 * Moves document frequencies (`stories-df`) and candidate-index buckets (`stories-keys`) kept as
 * records in `archive_values` into their tables, replacing what those keys held there, and deletes
 * the records. Run by the schema step that creates the tables and again after records are adopted
 * from an older keyv store (migrate-kv-values.ts). A bucket's entries keep their order: rows are
 * inserted in it, so their seq grows along it.
 */
export const ADOPT_STORY_INDEX_VALUES = `
  INSERT INTO story_terms (term, articles)
    SELECT key, CAST(value AS INTEGER) FROM archive_values WHERE namespace = 'stories-df' AND true
    ON CONFLICT (term) DO UPDATE SET articles = excluded.articles;
  DELETE FROM story_keys WHERE key IN (SELECT key FROM archive_values WHERE namespace = 'stories-keys');
  INSERT OR IGNORE INTO story_keys (key, story_id, minute)
    SELECT stored.key, entry.value ->> 0, entry.value ->> 1
    FROM archive_values AS stored, json_each(stored.value) AS entry
    WHERE stored.namespace = 'stories-keys'
    ORDER BY stored.key, entry.key;
  DELETE FROM archive_values WHERE namespace IN ('stories-df', 'stories-keys');`;
