import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { decodeFeedBytes } from './decode-feed-bytes.js';
import { FeedFetchError } from './feed-errors.js';
import type { FetchOutcome, PreviousFetch } from './fetch-outcome.js';

/** True for a path or file: URL rather than a network URL. */
export function isLocalFeed(url: string): boolean {
  return url.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url);
}

/**
 * Reads a feed from disk (CLI and demo), decoded like a fetched one. The file's modification time
 * plays the part of Last-Modified, so polling an unchanged file is "not modified".
 */
export async function readLocalFeed(
  url: string,
  options: { maxBytes: number; previous?: PreviousFetch },
): Promise<FetchOutcome> {
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new FeedFetchError('not-found-file', url, 'no such file', { cause: error });
  }
  if (!info.isFile()) throw new FeedFetchError('not-found-file', url, 'not a file');
  if (info.size > options.maxBytes) {
    throw new FeedFetchError(
      'too-large',
      url,
      `file of ${info.size} bytes is over the ${options.maxBytes}-byte cap`,
    );
  }
  const lastModified = info.mtime.toUTCString();
  if (options.previous?.lastModified === lastModified) return { kind: 'not-modified', maxAgeSeconds: null };
  const bytes = await readFile(path);
  return {
    kind: 'fetched',
    body: decodeFeedBytes(bytes),
    finalUrl: url,
    etag: null,
    lastModified,
    maxAgeSeconds: null,
  };
}
