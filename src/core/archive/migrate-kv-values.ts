import type { KeyValueStore } from '../store/key-value-store.js';
import type { Archive } from './archive.js';
import { ARCHIVE_NAMESPACES } from './archive-namespaces.js';

const NOTE = 'kv-values-migrated';
const CHUNK = 500;

/**
 * Copies the stories, story index and analyses an older store kept in keyv into the archive's
 * `archive_values` (document frequencies and index buckets on into their tables), once per
 * archive, in one transaction (a crash leaves nothing half-copied; the next start does it again). The old keys are left in place. Returns how many records were copied.
 * An empty archive adopts nothing: stories and analyses only mean something beside their articles,
 * and a keyv shared by other bots (one Redis database) may hold theirs.
 */
export async function migrateKvValues(kv: KeyValueStore, archive: Archive): Promise<number> {
  if ((await archive.readNote(NOTE)) !== undefined) return 0;
  return archive.transaction(async () => {
    let copied = 0;
    const adopt = await archive.hasArticles();
    for (const namespace of adopt ? ARCHIVE_NAMESPACES : []) {
      const keys: string[] = [];
      for await (const key of kv.keys(namespace)) keys.push(key);
      for (let start = 0; start < keys.length; start += CHUNK) {
        const chunk = keys.slice(start, start + CHUNK);
        const values = await kv.getMany<unknown>(namespace, chunk);
        for (const [i, value] of values.entries()) {
          if (value === undefined) continue;
          await archive.values.set(namespace, chunk[i] as string, value);
          copied += 1;
        }
      }
    }
    // Frequencies and index buckets go on into their tables.
    if (copied > 0) await archive.storyIndex.adoptValues();
    await archive.writeNote(NOTE, new Date().toISOString());
    return copied;
  });
}
