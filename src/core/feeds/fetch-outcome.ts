/** What fetching a feed gave: a decoded body, or "unchanged since last time" (HTTP 304). */
export type FetchOutcome =
  | {
      kind: 'fetched';
      body: string;
      /** The URL after redirects (the path itself for a local file). */
      finalUrl: string;
      etag: string | null;
      lastModified: string | null;
      /** Cache-Control max-age, for the poller to honour (up to its cap). */
      maxAgeSeconds: number | null;
    }
  | { kind: 'not-modified'; maxAgeSeconds: number | null };

/** Validators from the previous successful fetch, sent back as a conditional request. */
export interface PreviousFetch {
  etag?: string | null;
  lastModified?: string | null;
}
