import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import type { DeliveryResult } from '../../core/digest/channel-messenger.js';

type Failure = Extract<DeliveryResult, { ok: false }>;

/** Discord's JSON error codes that mean the bot cannot post in a channel. */
const NO_ACCESS = new Set([
  50001 /* Missing Access */, 50013 /* Missing Permissions */, 50007 /* Cannot DM */,
]);
const GONE = new Set([10003 /* Unknown Channel */, 10013 /* Unknown User */]);

/**
 * Sorts a failed REST call into a delivery result: no access pauses the subscription
 * (forbidden), a deleted channel too (not-found); rate limits and 5xx are worth retrying later.
 * discord.js has already waited out 429s and retried 5xx and network errors by then.
 */
export function classifyDiscordError(error: unknown): Failure {
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const message = `${error.status} ${error.code}: ${error.message}`;
    if (NO_ACCESS.has(code) || error.status === 403) return { ok: false, reason: 'forbidden', message };
    if (GONE.has(code) || error.status === 404) return { ok: false, reason: 'not-found', message };
    if (error.status === 429) return { ok: false, reason: 'rate-limited', message };
    return { ok: false, reason: 'unavailable', message };
  }
  if (error instanceof RateLimitError) return { ok: false, reason: 'rate-limited', message: error.message };
  if (error instanceof HTTPError)
    return { ok: false, reason: 'unavailable', message: `${error.status} ${error.message}` };
  return {
    ok: false,
    reason: 'unavailable',
    message: error instanceof Error ? error.message : String(error),
  };
}
