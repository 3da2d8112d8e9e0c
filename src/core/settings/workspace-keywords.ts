import type { WatchedKeywords } from '../relevance/relevance-schema.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { adminInputLimits } from './admin-input.js';

/** One workspace's (Discord server's, Slack workspace's) watched keywords, kept in the store. */
export interface WorkspaceKeywords {
  /** The workspace's list; the configured defaults until an admin changes it. */
  list(workspaceId: string): Promise<WatchedKeywords>;
  /** 'too-many' when the list already holds `adminInputLimits.keywordsPerWorkspace` keywords. */
  add(workspaceId: string, term: string): Promise<'added' | 'exists' | 'too-many'>;
  remove(workspaceId: string, term: string): Promise<'removed' | 'not-found'>;
}

const NAMESPACE = 'settings';
const PREFIX = 'keywords:';
const keyFor = (workspaceId: string) => `${PREFIX}${workspaceId}`;
const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Keywords per workspace, copied from `defaults` on the first change so that later edits to the
 * config do not silently rewrite a list an admin has curated. Stored in namespace `settings` under
 * `keywords:<workspaceId>`; src/app/watched-relevance.ts reads every such list for ingest.
 */
export function createWorkspaceKeywords(kv: KeyValueStore, defaults: WatchedKeywords): WorkspaceKeywords {
  const save = (workspaceId: string, value: WatchedKeywords) => kv.set(NAMESPACE, keyFor(workspaceId), value);
  const list = async (workspaceId: string) =>
    (await kv.get<WatchedKeywords>(NAMESPACE, keyFor(workspaceId))) ?? structuredClone(defaults);
  // Read-modify-write: two admins editing the same list in the same second is rare enough to accept.
  return {
    list,
    add: async (workspaceId, term) => {
      const current = await list(workspaceId);
      if (current.keywords.some((keyword) => same(keyword.term, term))) return 'exists';
      if (current.keywords.length >= adminInputLimits.keywordsPerWorkspace) return 'too-many';
      await save(workspaceId, { ...current, keywords: [...current.keywords, { term }] });
      return 'added';
    },
    remove: async (workspaceId, term) => {
      const current = await list(workspaceId);
      const kept = current.keywords.filter((keyword) => !same(keyword.term, term));
      if (kept.length === current.keywords.length) return 'not-found';
      await save(workspaceId, { ...current, keywords: kept });
      return 'removed';
    },
  };
}
