import { Agent, fetch, type Response } from 'undici';
import { decodeFeedBytes } from './decode-feed-bytes.js';
import { FeedFetchError } from './feed-errors.js';
import { toFeedFetchError } from './fetch-failure.js';
import type { FetchOutcome, PreviousFetch } from './fetch-outcome.js';
import { type AddressPolicy, createGuardedLookup, refusalForLiteralHost } from './guarded-lookup.js';
import { readCappedBody } from './read-capped-body.js';
import { isLocalFeed, readLocalFeed } from './read-local-feed.js';

export type { FetchOutcome } from './fetch-outcome.js';

/** Limits and manners of one fetch. */
export interface FetchFeedOptions extends AddressPolicy {
  /** For the whole fetch: connection, every redirect and the body. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  previous?: PreviousFetch;
}

const accept = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/**
 * Fetches a feed (http(s) URL, file: URL or local path) as decoded text, with a conditional GET,
 * a timeout that aborts the body read too, a byte cap, bounded redirects and the address guard on
 * every hop. Failures throw FeedFetchError naming the feed and the reason.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchOutcome> {
  if (isLocalFeed(url)) return readLocalFeed(url, options);
  const signal = AbortSignal.timeout(options.timeoutMs);
  // Its own agent per fetch: the guarded lookup is bound to this policy, and destroying it
  // afterwards leaves no socket behind (a trickling server is cut off, not left open).
  const agent = new Agent({ connect: { lookup: createGuardedLookup(options) } });
  try {
    return await fetchFollowingRedirects(url, options, agent, signal);
  } catch (error) {
    throw toFeedFetchError(url, error, options, signal);
  } finally {
    agent.destroy().catch(() => undefined);
  }
}

async function fetchFollowingRedirects(
  url: string,
  options: FetchFeedOptions,
  agent: Agent,
  signal: AbortSignal,
): Promise<FetchOutcome> {
  let current = parseFeedUrl(url);
  const auth = takeCredentials(current);
  for (let hop = 0; ; hop++) {
    const refusal = refusalForLiteralHost(current, options);
    if (refusal) throw new FeedFetchError('blocked-address', url, refusal);
    const headers = requestHeaders(options);
    // Credentials go only to the origin they were written for, never along a redirect elsewhere.
    if (auth && current.origin === auth.origin) headers.authorization = auth.header;
    const response = await fetch(current, { redirect: 'manual', signal, dispatcher: agent, headers });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) {
      return outcomeOf(response, current, url, options);
    }
    await response.body?.cancel().catch(() => undefined);
    if (hop >= options.maxRedirects) {
      throw new FeedFetchError('too-many-redirects', url, `more than ${options.maxRedirects} redirects`);
    }
    current = parseFeedUrl(new URL(location, current).href, url);
  }
}

async function outcomeOf(
  response: Response,
  finalUrl: URL,
  url: string,
  options: FetchFeedOptions,
): Promise<FetchOutcome> {
  const maxAgeSeconds = maxAgeOf(response.headers.get('cache-control'));
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'not-modified', maxAgeSeconds };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedFetchError('http-status', url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  if (length > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedFetchError(
      'too-large',
      url,
      `${length} bytes announced, over the ${options.maxBytes}-byte cap`,
    );
  }
  const bytes = await readCappedBody(response.body, options.maxBytes);
  return {
    kind: 'fetched',
    body: decodeFeedBytes(bytes, response.headers.get('content-type')),
    finalUrl: finalUrl.href,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    maxAgeSeconds,
  };
}

function requestHeaders(options: FetchFeedOptions): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': options.userAgent, accept };
  if (options.previous?.etag) headers['if-none-match'] = options.previous.etag;
  if (options.previous?.lastModified) headers['if-modified-since'] = options.previous.lastModified;
  return headers;
}

/** fetch refuses URLs with user:password; they become a Basic Authorization header instead. */
function takeCredentials(url: URL): { origin: string; header: string } | null {
  if (!url.username && !url.password) return null;
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  url.username = '';
  url.password = '';
  return { origin: url.origin, header: `Basic ${Buffer.from(pair).toString('base64')}` };
}

function parseFeedUrl(target: string, feedUrl = target): URL {
  let parsed: URL;
  try {
    parsed = new URL(target);
  } catch (error) {
    throw new FeedFetchError('network', feedUrl, `not a valid URL: ${target}`, { cause: error });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FeedFetchError('network', feedUrl, `unsupported URL scheme ${parsed.protocol} (${target})`);
  }
  return parsed;
}

/** Cache-Control max-age in seconds, or null when the header gives none. */
export function maxAgeOf(cacheControl: string | null): number | null {
  const match = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/i.exec(cacheControl ?? '');
  return match?.[1] ? Number(match[1]) : null;
}
