import { webApi } from '@slack/bolt';

/** What to do about a failed Web API call. */
export type SlackFailure =
  | { kind: 'retry'; reason: 'rate-limited' | 'unavailable'; waitMs: number | null; message: string }
  | { kind: 'final'; reason: 'forbidden' | 'not-found' | 'unavailable'; message: string };

/** The bot may not post there: the subscription should pause until someone invites it back. */
const FORBIDDEN = new Set([
  'not_in_channel',
  'is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'cannot_dm_bot',
  'messages_tab_disabled',
  'not_allowed_token_type',
  'missing_scope',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'team_access_not_granted',
  'ekm_access_denied',
]);
const NOT_FOUND = new Set(['channel_not_found', 'user_not_found']);
/** Slack's own transient failures, reported as errors in a 200 answer. */
const TRANSIENT = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/**
 * Sorts a Web API error into "retry" (429, 5xx, network, Slack's transient errors; with the
 * wait Slack asked for, if it did) or "final" (no access, no such channel, a bad request).
 */
export function classifySlackError(error: unknown): SlackFailure {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return { kind: 'retry', reason: 'rate-limited', waitMs: error.retryAfter * 1000, message: error.message };
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    if (FORBIDDEN.has(code)) return { kind: 'final', reason: 'forbidden', message: code };
    if (NOT_FOUND.has(code)) return { kind: 'final', reason: 'not-found', message: code };
    if (TRANSIENT.has(code)) {
      return {
        kind: 'retry',
        reason: code === 'ratelimited' ? 'rate-limited' : 'unavailable',
        waitMs: null,
        message: code,
      };
    }
    return { kind: 'final', reason: 'unavailable', message: code };
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    const message = `HTTP ${error.statusCode}`;
    return error.statusCode >= 500
      ? { kind: 'retry', reason: 'unavailable', waitMs: null, message }
      : { kind: 'final', reason: 'unavailable', message };
  }
  if (error instanceof webApi.WebAPIRequestError) {
    return { kind: 'retry', reason: 'unavailable', waitMs: null, message: error.original.message };
  }
  return {
    kind: 'final',
    reason: 'unavailable',
    message: error instanceof Error ? error.message : String(error),
  };
}
