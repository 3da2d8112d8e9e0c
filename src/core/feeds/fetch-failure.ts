import { FeedFetchError } from './feed-errors.js';
import { BlockedAddressError } from './guarded-lookup.js';
import { BodyTooLargeError } from './read-capped-body.js';

const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'ENODATA']);

/**
 * Turns whatever undici, the DNS resolver or the guard threw into one FeedFetchError whose
 * message says what went wrong for which feed. undici wraps socket errors as
 * `TypeError: fetch failed` with the real reason in `cause`, so the cause chain is searched.
 */
export function toFeedFetchError(
  url: string,
  error: unknown,
  options: { timeoutMs: number; maxBytes: number },
  signal: AbortSignal,
): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  if (signal.aborted || (error instanceof Error && error.name === 'TimeoutError')) {
    return new FeedFetchError('timeout', url, `no complete response within ${options.timeoutMs} ms`, {
      cause: error,
    });
  }
  const chain = causesOf(error);
  const blocked = chain.find((cause) => cause instanceof BlockedAddressError);
  if (blocked) return new FeedFetchError('blocked-address', url, blocked.message, { cause: error });
  if (chain.some((cause) => cause instanceof BodyTooLargeError)) {
    return new FeedFetchError('too-large', url, `response over the ${options.maxBytes}-byte cap`, {
      cause: error,
    });
  }
  const coded = chain.find((cause) => typeof (cause as { code?: unknown }).code === 'string') as
    | (Error & { code: string; hostname?: string })
    | undefined;
  if (coded && dnsCodes.has(coded.code)) {
    const host = coded.hostname ?? hostOf(url);
    return new FeedFetchError('dns', url, `cannot resolve ${host} (${coded.code})`, { cause: error });
  }
  const deepest = chain.at(-1);
  const reason = coded ? `${coded.code}: ${coded.message}` : (deepest?.message ?? String(error));
  return new FeedFetchError('network', url, `network error (${reason})`, { cause: error });
}

function causesOf(error: unknown): Error[] {
  const chain: Error[] = [];
  let current: unknown = error;
  while (current instanceof Error && chain.length < 8) {
    chain.push(current);
    current = current.cause;
  }
  return chain;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
