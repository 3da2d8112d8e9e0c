import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/logging/logger.js';

/** Decides whether a Slack user may run admin commands in a workspace. */
export type SlackAdminCheck = (teamId: string, userId: string) => Promise<boolean>;

export interface SlackAdminCheckDeps {
  client: Pick<webApi.WebClient, 'users'>;
  /** Configured admins: always admins, and no users.info call is needed for them. */
  adminUserIds: readonly string[];
  logger: Logger;
  now: () => Date;
  /** How long a users.info answer is trusted; a demoted admin loses rights within this time. */
  ttlMs?: number;
}

/**
 * Configured admin ids first, then Slack's own workspace admins and owners (users.info
 * is_admin / is_owner), cached briefly so a burst of commands costs one API call per user.
 * If users.info fails (say the users:read scope is missing) the user is not an admin this time.
 */
export function createSlackAdminCheck(deps: SlackAdminCheckDeps): SlackAdminCheck {
  const ttlMs = deps.ttlMs ?? 60_000;
  const configured = new Set(deps.adminUserIds);
  const cache = new Map<string, { expiresAt: number; isAdmin: Promise<boolean> }>();
  return (teamId, userId) => {
    if (configured.has(userId)) return Promise.resolve(true);
    const key = `${teamId}:${userId}`;
    const now = deps.now().getTime();
    const cached = cache.get(key);
    if (cached !== undefined && cached.expiresAt > now) return cached.isAdmin;
    const entry = { expiresAt: now + ttlMs, isAdmin: Promise.resolve(false) };
    entry.isAdmin = lookUp(deps, userId).then((answer) => {
      // A failed lookup is not remembered: the next command asks Slack again.
      if (answer === null && cache.get(key) === entry) cache.delete(key);
      return answer === true;
    });
    if (cache.size >= PRUNE_AT) prune(cache, now);
    cache.set(key, entry);
    return entry.isAdmin;
  };
}

/** Past this many remembered users, expired answers are dropped so the cache cannot grow forever. */
const PRUNE_AT = 1000;

function prune(cache: Map<string, { expiresAt: number }>, now: number): void {
  for (const [key, entry] of cache) if (entry.expiresAt <= now) cache.delete(key);
}

/** true or false as Slack says, or null when it could not be asked. */
async function lookUp(deps: SlackAdminCheckDeps, userId: string): Promise<boolean | null> {
  try {
    const result = await deps.client.users.info({ user: userId });
    return result.user?.is_admin === true || result.user?.is_owner === true;
  } catch (error) {
    deps.logger.warn('users.info failed; treating the user as not an admin', {
      user: userId,
      error: error instanceof Error ? error.message : String(error),
    });
    return null;
  }
}
