/**
 * A problem with one feed; the message always starts with the feed's URL (or path). A password in
 * the URL (`https://user:secret@host/feed`) is masked: these messages reach logs and admins.
 */
abstract class FeedProblem extends Error {
  constructor(
    readonly feedUrl: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${maskUserInfo(feedUrl)}: ${maskUserInfo(reason)}`, options);
  }
}

function maskUserInfo(text: string): string {
  return text.replace(/(\/\/)[^/@\s]*@/g, '$1***@');
}

/** Why a feed could not be fetched; stable, so the poller, CLI and tests can branch on it. */
export type FeedFetchErrorCode =
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http-status'
  | 'blocked-address'
  | 'dns'
  | 'network'
  | 'not-found-file';

/** A feed could not be fetched. The message names the feed: `https://x/feed: HTTP 503 Service Unavailable`. */
export class FeedFetchError extends FeedProblem {
  override readonly name = 'FeedFetchError';
  constructor(
    readonly code: FeedFetchErrorCode,
    feedUrl: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(feedUrl, reason, options);
  }
}

/** What kind of document was found instead of a readable feed. */
export type FeedParseErrorKind =
  | 'empty'
  | 'json'
  | 'html'
  | 'not-xml'
  | 'malformed-xml'
  | 'not-a-feed'
  | 'unsupported-structure';

/** A fetched document is not a feed rss-parser can read. The message names the feed and says why. */
export class FeedParseError extends FeedProblem {
  override readonly name = 'FeedParseError';
  constructor(
    readonly kind: FeedParseErrorKind,
    feedUrl: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(feedUrl, reason, options);
  }
}
