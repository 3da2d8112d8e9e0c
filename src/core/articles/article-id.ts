import { createHash } from 'node:crypto';

/** A short, stable id: the same canonical URL always gets the same id, across restarts and processes. */
export function articleIdFor(canonicalUrl: string): string {
  return `a_${createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 16)}`;
}
