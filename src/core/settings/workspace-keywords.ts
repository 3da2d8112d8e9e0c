import type { WatchedKeyword, WatchedKeywords } from '../relevance/relevance-schema.js';
import type { KeyValueStore } from '../store/key-value-store.js';

/** One workspace's (Discord server's, Slack workspace's) watched keywords, kept in the store. */
export interface WorkspaceKeywords {
  /** The workspace's list; the configured defaults until an admin changes it. */
  list(workspaceId: string): Promise<WatchedKeywords>;
  add(workspaceId: string, term: string): Promise<'added' | 'exists'>;
  remove(workspaceId: string, term: string): Promise<'removed' | 'not-found'>;
  /**
   * What ingest should keep: the defaults plus every keyword any workspace added, with the
   * defaults' exclusions. Each channel's digest then narrows to its own workspace's list.
   */
  union(): Promise<WatchedKeywords>;
  /** Called after add/remove in this process, so a matcher built from `union` can be rebuilt. */
  onChange(listener: () => void): () => void;
}

const NAMESPACE = 'settings';
const PREFIX = 'keywords:';
const keyFor = (workspaceId: string) => `${PREFIX}${workspaceId}`;
const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Keywords per workspace, copied from `defaults` on the first change so that later edits to the
 * config do not silently rewrite a list an admin has curated.
 */
export function createWorkspaceKeywords(kv: KeyValueStore, defaults: WatchedKeywords): WorkspaceKeywords {
  const listeners = new Set<() => void>();
  const save = async (workspaceId: string, value: WatchedKeywords) => {
    await kv.set(NAMESPACE, keyFor(workspaceId), value);
    for (const listener of listeners) listener();
  };
  const list = async (workspaceId: string) =>
    (await kv.get<WatchedKeywords>(NAMESPACE, keyFor(workspaceId))) ?? structuredClone(defaults);
  // Read-modify-write: two admins editing the same list in the same second is rare enough to accept.
  return {
    list,
    add: async (workspaceId, term) => {
      const current = await list(workspaceId);
      if (current.keywords.some((keyword) => same(keyword.term, term))) return 'exists';
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
    union: async () => {
      const keys: string[] = [];
      for await (const key of kv.keys(NAMESPACE)) if (key.startsWith(PREFIX)) keys.push(key);
      const lists = await kv.getMany<WatchedKeywords>(NAMESPACE, keys);
      const keywords: WatchedKeyword[] = [...defaults.keywords];
      for (const keyword of lists.flatMap((found) => found?.keywords ?? [])) {
        if (!keywords.some((known) => same(known.term, keyword.term))) keywords.push(keyword);
      }
      return defaults.exclude ? { keywords, exclude: defaults.exclude } : { keywords };
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
