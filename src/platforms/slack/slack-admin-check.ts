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
 * If users.info fails (say the users:read scope is missing) the user is not an admin.
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
    const isAdmin = lookUp(deps, userId);
    cache.set(key, { expiresAt: now + ttlMs, isAdmin });
    return isAdmin;
  };
}

async function lookUp(deps: SlackAdminCheckDeps, userId: string): Promise<boolean> {
  try {
    const result = await deps.client.users.info({ user: userId });
    return result.user?.is_admin === true || result.user?.is_owner === true;
  } catch (error) {
    deps.logger.warn('users.info failed; treating the user as not an admin', {
      user: userId,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}
