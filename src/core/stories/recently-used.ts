/** A bounded map that keeps what was used lately: about `capacity` entries, at most twice that. */
export interface RecentlyUsed<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  clear(): void;
}

/**
 * Two generations instead of an exact LRU order: entries go to the young map; when it holds
 * `capacity`, it becomes the old one and the previous old one is dropped; a hit in the old map moves
 * the entry back to the young one. Every operation is a few hash lookups (re-inserting each hit
 * into one ordered Map and evicting its first key costs a walk over the holes deletes leave).
 */
export function createRecentlyUsed<V>(capacity: number): RecentlyUsed<V> {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  const set = (key: string, value: V) => {
    young.set(key, value);
    if (young.size < capacity) return;
    old = young;
    young = new Map();
  };
  return {
    get: (key) => {
      const value = young.get(key);
      if (value !== undefined) return value;
      const aged = old.get(key);
      if (aged === undefined) return undefined;
      old.delete(key);
      set(key, aged);
      return aged;
    },
    set: (key, value) => {
      old.delete(key);
      set(key, value);
    },
    delete: (key) => {
      young.delete(key);
      old.delete(key);
    },
    clear: () => {
      young = new Map();
      old = new Map();
    },
  };
}
