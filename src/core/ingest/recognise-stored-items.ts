import { hash } from 'node:crypto';
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
 * Of what normalization reads: the title, every body field and the dates, each prefixed with its
 * length (so no two field lists hash alike) and hashed in one call. SHA-1 over the joined fields
 * costs half of hashing each field's JSON with SHA-256, which showed in the re-poll profile, and
 * the one-shot `hash` a third less than a Hash object; the hash only has to notice an edit, not
 * resist an attacker. Items stored under an older hash are normalized once and get this hash (see
 * ingestUrlVariant).
 */
function contentHashOf(raw: RawFeedItem): string {
  const fields = [raw.title, raw['content:encoded'], raw.content, raw.summary, raw.pubDate, raw.isoDate];
  const joined = fields.map(lengthPrefixed).join('|');
  return hash('sha1', joined, 'base64url');
}

/** A string as itself; anything else a parser may give (objects of attributes) as its JSON. */
function lengthPrefixed(field: unknown): string {
  if (field === undefined) return '-';
  const text = typeof field === 'string' ? field : (JSON.stringify(field) ?? '');
  return `${typeof field === 'string' ? 's' : 'j'}${text.length}:${text}`;
}
