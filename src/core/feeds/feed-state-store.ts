import type { KeyValueStore } from '../store/key-value-store.js';

/** What the poller remembers about one feed between polls and across restarts. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** UTC ISO times. */
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  /** The last failure's message, kept after a success only until the next failure replaces it. */
  lastError: string | null;
  /** Set when the feed was paused after too many failures; polling resumes only by `resume`. */
  pausedAt: string | null;
  nextDueAt: string | null;
}

/** Per-feed polling state, keyed by feed URL (namespace `feed-state`). */
export interface FeedStateStore {
  get(url: string): Promise<FeedState | undefined>;
  put(state: FeedState): Promise<void>;
  /**
   * Applies `change` to the freshest stored state (a never-polled feed's initial state when none)
   * by compare-and-set, retried when another process wrote first: a poll's transition (failure
   * count, validators, next slot) never undoes a write made while the feed was being fetched.
   * `change` returning undefined leaves the state as it is. Resolves to the state now stored.
   */
  update(url: string, change: (current: FeedState) => FeedState | undefined): Promise<FeedState>;
  all(): Promise<FeedState[]>;
  /**
   * Un-pauses a feed and makes it due at `now`; says whether it was paused. The failure count is
   * kept: one more failure pauses it again at once, a success reports it recovered.
   */
  resume(url: string, now: Date): Promise<'resumed' | 'not-paused'>;
}

const namespace = 'feed-state';

/** The state of a feed never polled. */
export function initialFeedState(url: string): FeedState {
  return {
    url,
    etag: null,
    lastModified: null,
    lastPolledAt: null,
    lastSuccessAt: null,
    consecutiveFailures: 0,
    lastError: null,
    pausedAt: null,
    nextDueAt: null,
  };
}

/** The feed state store on the kv port (one key per feed URL, so `all()` is a key listing). */
export function createFeedStateStore(kv: KeyValueStore): FeedStateStore {
  const get = (url: string) => kv.get<FeedState>(namespace, url);
  return {
    get,
    put: (state) => kv.set(namespace, state.url, state),
    update: async (url, change) =>
      (await kv.update<FeedState>(namespace, url, (current) => change(current ?? initialFeedState(url)))) ??
      initialFeedState(url),
    all: async () => {
      const urls: string[] = [];
      for await (const url of kv.keys(namespace)) urls.push(url);
      const states = await kv.getMany<FeedState>(namespace, urls);
      return states.filter((state): state is FeedState => state !== undefined);
    },
    resume: async (url, now) => {
      let resumed = false;
      // Compare-and-set: a poll in another process writing the state meanwhile is not undone.
      await kv.update<FeedState>(namespace, url, (state) => {
        resumed = Boolean(state?.pausedAt);
        return state?.pausedAt ? { ...state, pausedAt: null, nextDueAt: now.toISOString() } : undefined;
      });
      return resumed ? 'resumed' : 'not-paused';
    },
  };
}
