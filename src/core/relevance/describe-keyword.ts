import type { WatchedKeyword } from './relevance-schema.js';

/** One line for a keyword listing: `Japan (with any of: defence, security, NATO)`. */
export function describeKeyword(keyword: WatchedKeyword): string {
  if (!keyword.requiresAny || keyword.requiresAny.length === 0) return keyword.term;
  return `${keyword.term} (with any of: ${keyword.requiresAny.join(', ')})`;
}
