/**
 * Moves document frequencies (`stories-df`) and candidate-index buckets (`stories-keys`) kept as
 * records in `archive_values` into their tables, replacing what those keys held there, and deletes
 * the records. Run by the schema step that creates the tables (`schema4`: its `story_keys` then
 * numbered rows by rowid) and, in the current shape, after records are adopted from an older keyv
 * store (migrate-kv-values.ts). A bucket's entries keep their order: seq grows along it.
 */
export function adoptStoryIndexValues(shape: 'schema4' | 'current'): string {
  const [columns, seq] = shape === 'schema4' ? ['', ''] : [', seq', ', entry.key + 1'];
  return `
  INSERT INTO story_terms (term, articles)
    SELECT key, CAST(value AS INTEGER) FROM archive_values WHERE namespace = 'stories-df' AND true
    ON CONFLICT (term) DO UPDATE SET articles = excluded.articles;
  DELETE FROM story_keys WHERE key IN (SELECT key FROM archive_values WHERE namespace = 'stories-keys');
  INSERT OR IGNORE INTO story_keys (key, story_id, minute${columns})
    SELECT stored.key, entry.value ->> 0, entry.value ->> 1${seq}
    FROM archive_values AS stored, json_each(stored.value) AS entry
    WHERE stored.namespace = 'stories-keys'
    ORDER BY stored.key, entry.key;
  DELETE FROM archive_values WHERE namespace IN ('stories-df', 'stories-keys');`;
}
