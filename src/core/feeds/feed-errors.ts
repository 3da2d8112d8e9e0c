/**
 * A problem with one feed, with a stable `code` to branch on. The message always starts with the
 * feed's URL (or path); a password in the URL (`https://user:secret@host/feed`) is masked, since
 * these messages reach logs and admins.
 */
abstract class FeedProblem<Code extends string> extends Error {
  constructor(
    readonly code: Code,
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
export class FeedFetchError extends FeedProblem<FeedFetchErrorCode> {
  override readonly name = 'FeedFetchError';
}

/** What kind of document was found instead of a readable feed. */
export type FeedParseErrorCode =
  | 'empty'
  | 'json'
  | 'html'
  | 'not-xml'
  | 'malformed-xml'
  | 'not-a-feed'
  | 'unsupported-structure';

/** A fetched document is not a feed rss-parser can read. The message names the feed and says why. */
export class FeedParseError extends FeedProblem<FeedParseErrorCode> {
  override readonly name = 'FeedParseError';
}
