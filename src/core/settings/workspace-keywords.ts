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
  const list = async (workspaceId: string) =>
    (await kv.get<WatchedKeywords>(NAMESPACE, keyFor(workspaceId))) ?? structuredClone(defaults);
  // Two admins (or two bot processes) may edit one list at once: each edit is a compare-and-set
  // (kv.update), re-applied to the list as it then is, so neither edit is lost.
  const edit = async <R>(workspaceId: string, change: (current: WatchedKeywords) => WatchedKeywords | R) => {
    let outcome: R | undefined;
    await kv.update<WatchedKeywords>(NAMESPACE, keyFor(workspaceId), (stored) => {
      const next = change(stored ?? structuredClone(defaults));
      outcome = isList(next) ? undefined : next;
      return isList(next) ? next : undefined;
    });
    return outcome;
  };
  return {
    list,
    add: async (workspaceId, term) =>
      (await edit(workspaceId, (current) => {
        if (current.keywords.some((keyword) => same(keyword.term, term))) return 'exists' as const;
        if (current.keywords.length >= adminInputLimits.keywordsPerWorkspace) return 'too-many' as const;
        return { ...current, keywords: [...current.keywords, { term }] };
      })) ?? 'added',
    remove: async (workspaceId, term) =>
      (await edit(workspaceId, (current) => {
        const kept = current.keywords.filter((keyword) => !same(keyword.term, term));
        if (kept.length === current.keywords.length) return 'not-found' as const;
        return { ...current, keywords: kept };
      })) ?? 'removed',
  };
}

const isList = (value: unknown): value is WatchedKeywords => typeof value === 'object' && value !== null;
