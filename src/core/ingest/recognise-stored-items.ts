import { createHash } from 'node:crypto';
import type { Archive } from '../archive/archive.js';
import { type RawFeedItem, textOf } from '../feeds/normalize-item.js';
import type { RecogniseEntries } from '../feeds/read-feed.js';

/**
 * Known items cost almost nothing: an entry whose GUID (or link) and content hash the archive
 * holds for this feed is skipped before normalization, language detection and analysis, with one
 * indexed lookup for the whole feed. The stored key is `guid ?? url` of the article, which is
 * what these give for the same entry (see normalizeItem).
 */
export function recogniseStoredItems(archive: Pick<Archive, 'knownItems'>, feed: string): RecogniseEntries {
  return async (entries) => {
    const keys = entries.map(itemKeyOf);
    const contentHashes = entries.map(contentHashOf);
    const asked = keys.flatMap((itemKey, index) =>
      itemKey === null ? [] : [{ itemKey, contentHash: contentHashes[index] as string }],
    );
    const known = await archive.knownItems(feed, asked);
    return { stored: keys.map((key) => key !== null && known.has(key)), contentHashes };
  };
}

function itemKeyOf(raw: RawFeedItem): string | null {
  return textOf(raw.guid) ?? textOf(raw.id) ?? textOf(raw.link)?.trim() ?? null;
}

/**
 * Of what normalization reads: the title, every body field and the dates. The hash of their JSON
 * array, fed field by field: an item of megabytes is not copied into one more string for it.
 */
function contentHashOf(raw: RawFeedItem): string {
  const fields = [raw.title, raw['content:encoded'], raw.content, raw.summary, raw.pubDate, raw.isoDate];
  const hash = createHash('sha256').update('[');
  for (const [index, field] of fields.entries()) {
    // As in JSON.stringify of the array, which earlier versions hashed: a missing field is null.
    if (index > 0) hash.update(',');
    hash.update(field === undefined ? 'null' : JSON.stringify(field));
  }
  return hash.update(']').digest('base64url').slice(0, 22);
}
